// A failed load shown in place of the page's content: the Chinese message and a retry button.
import { Button, Result } from 'antd';
import { ApiError, errorMessage } from '@client/api/http';

/** Shows `error` (403 as "no access", 404 as "not found", others as a failure) with retry. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  const title = status === 403 ? '没有访问权限' : status === 404 ? '内容不存在' : '加载失败';
  const resultStatus = status === 403 ? '403' : status === 404 ? '404' : 'error';
  return (
    <Result
      status={resultStatus}
      title={title}
      subTitle={errorMessage(error)}
      extra={onRetry ? <Button type="primary" onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
