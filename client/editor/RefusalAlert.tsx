// Tells the user that the server refused (or could not store) their edits, with buttons to copy
// the unconfirmed text and the whole entry, so nothing is lost silently (design.md).
import { Alert, App, Button, Space } from 'antd';
import type { Refusal } from './EntrySession';

/** Props of the refusal alert. */
export interface RefusalAlertProps {
  refusal: Refusal;
  fullText(): string;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** An error alert with the reason and copy buttons. */
export function RefusalAlert({ refusal, fullText }: RefusalAlertProps) {
  const { message } = App.useApp();
  const handleCopy = async (text: string) => {
    if (!text) return void message.info('没有可复制的文字');
    if (await copy(text)) message.success('已复制到剪贴板，请粘贴到其他地方保存');
    else message.error('无法访问剪贴板，请手动选中文字复制');
  };
  return (
    <Alert
      type="error"
      showIcon
      data-testid="refusal-alert"
      title="您的修改未能保存到服务器"
      description={
        <>
          <div>{refusal.message}</div>
          {refusal.unsent && <div>以下修改尚未保存到服务器，请先复制保存，以免丢失。</div>}
          <pre className="entry-unsent-text" data-testid="unsent-text">{refusal.unsentText}</pre>
        </>
      }
      action={
        <Space orientation="vertical">
          <Button size="small" danger data-testid="copy-unsent" onClick={() => handleCopy(refusal.unsentText)}>
            复制未保存的文字
          </Button>
          <Button size="small" onClick={() => handleCopy(fullText())}>
            复制全文
          </Button>
        </Space>
      }
    />
  );
}
