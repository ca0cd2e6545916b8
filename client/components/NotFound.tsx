// What an unknown address shows inside the app frame.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

/** The 404 page. */
export function NotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在或已被移除。"
      extra={<Button type="primary" onClick={() => navigate('/')}>返回年鉴列表</Button>}
    />
  );
}
