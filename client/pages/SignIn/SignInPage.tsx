// The sign-in page (登录): username and password; a wrong password says so; afterwards the
// user goes back to the page they were going to (?next=).
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '@client/api/http';
import { useSession } from '@client/hooks/useSession';

interface SignInForm {
  username: string;
  password: string;
}

/** Only same-app paths are followed after sign-in (never another origin). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The sign-in form. */
export function SignInPage() {
  const { user, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    if (user) navigate(next, { replace: true });
  }, [user, next, navigate]);

  const handleFinish = async (values: SignInForm) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.username.trim(), values.password);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(err.fromServer ? err.message : '用户名或密码错误');
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin-page">
      <Card className="signin-card">
        <Typography.Title level={3} style={{ textAlign: 'center' }}>年鉴编纂平台</Typography.Title>
        <Form<SignInForm> layout="vertical" onFinish={handleFinish} requiredMark={false} disabled={busy}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Button type="primary" htmlType="submit" block loading={busy}>登录</Button>
        </Form>
      </Card>
    </div>
  );
}
