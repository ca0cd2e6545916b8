// The frame of every signed-in page: the header (app name, user, sign-out) and the page below,
// loaded lazily inside a Suspense boundary.
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Layout, Space, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { errorMessage } from '@client/api/http';
import { useSession } from '@client/hooks/useSession';
import { PageLoading } from './PageLoading';

/** Header plus the current route's page. */
export function AppLayout() {
  const { user, signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();

  const handleSignOut = async () => {
    try {
      await signOut();
      navigate('/signin', { replace: true });
    } catch (err) {
      message.error(`退出时出错：${errorMessage(err)}`);
      navigate('/signin', { replace: true });
    }
  };

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="app-brand">年鉴编纂平台</Link>
        <Space size="middle">
          <span className="app-user">
            <UserOutlined /> {user?.displayName}
            {user?.isAdmin && <Tag color="gold" className="app-admin-tag">管理员</Tag>}
          </span>
          <Button icon={<LogoutOutlined />} onClick={handleSignOut} data-testid="sign-out">退出登录</Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="app-content">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <Typography.Text type="secondary">地方综合年鉴协同编纂</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
