// The error boundary of every route (react-router errorElement): a page that throws while
// rendering, or whose code fails to load, shows a message and a way back, never a blank page.
import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';

/** Rendered by the router in place of a route that failed. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  console.error('[route]', error);
  let subTitle = '页面出现了意外错误，请刷新后重试。';
  if (isRouteErrorResponse(error) && error.status === 404) subTitle = '找不到这个页面。';
  else if (error instanceof Error && /dynamically imported module|Importing a module script|chunk/i.test(error.message)) {
    // A new deployment replaced the page's code chunk under an old tab.
    subTitle = '页面代码加载失败，可能是网络中断或系统已更新，请刷新页面。';
  }
  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle={subTitle}
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>刷新页面</Button>,
        <Button key="home" onClick={() => navigate('/')}>返回年鉴列表</Button>,
      ]}
    />
  );
}
