// The placeholder while a page's code or data loads.
import { Spin } from 'antd';

/** A centred spinner with a Chinese caption. */
export function PageLoading({ tip = '正在加载…' }: { tip?: string }) {
  return (
    <div className="page-loading" role="status">
      <Spin />
      <span>{tip}</span>
    </div>
  );
}
