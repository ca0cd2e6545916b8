// Chinese labels of yearbook levels (省/市/县 级).
import type { Level } from '@shared/domain/roles';

/** 省级 / 市级 / 县级. */
export const LEVEL_LABELS_ZH: Record<Level, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
};
