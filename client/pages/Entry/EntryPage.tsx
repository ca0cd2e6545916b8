// The entry page (/entries/:id): loads the entry and the caller's role in its yearbook, then opens
// the collaborative editor; reviewers and inspectors get it read-only.
import { Breadcrumb, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ROLE_LABELS_ZH } from '@shared/domain/roles';
import { ErrorResult } from '@client/components/ErrorResult';
import { PageLoading } from '@client/components/PageLoading';
import { useApiData } from '@client/hooks/useApiData';
import { useSession } from '@client/hooks/useSession';
import { EntryEditor } from '@client/editor/EntryEditor';
import { useEntrySession } from '@client/editor/useEntrySession';
import { isReadOnlyRole, takeEntryPageData, takeSettledEntryPageData } from './entryHeadStart';

/** The entry editor page. */
export default function EntryPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const data = useApiData(() => takeEntryPageData(id), [id], () => takeSettledEntryPageData(id));
  // Connect once the entry is known to exist and be readable (no socket, no offline copy else).
  const { session, snapshot } = useEntrySession(data.data ? id : '', user?.id ?? '');

  if (data.error) return <ErrorResult error={data.error} onRetry={data.reload} />;
  if (!data.data || !user || !session) return <PageLoading tip="正在打开条目…" />;
  const { entry, yearbook } = data.data;
  const role = yearbook?.myRole ?? null;

  return (
    <div className="entry-page">
      <Breadcrumb
        items={[
          { title: <Link to="/">年鉴</Link> },
          ...(yearbook ? [{ title: <Link to={`/yearbooks/${yearbook.id}/outline`}>{yearbook.title}</Link> }] : []),
          { title: entry.title },
        ]}
      />
      <Typography.Title level={3} data-testid="entry-title">
        {entry.title}
      </Typography.Title>
      {role && (
        <Typography.Text type="secondary" className="entry-role">
          我的角色：{ROLE_LABELS_ZH[role]}
        </Typography.Text>
      )}
      <EntryEditor
        session={session}
        snapshot={snapshot}
        user={user}
        readOnly={isReadOnlyRole(role, user.isAdmin)}
        plannedLength={entry.plannedLength}
      />
    </div>
  );
}
