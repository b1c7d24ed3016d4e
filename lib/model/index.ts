import modelFile from './model.json' with { type: 'json' };
import { decodeModel, type LinearModel } from './model';

export { scoreUnit, decodeModel, type LinearModel, type Thresholds, type UnitScore } from './model';

let decoded: LinearModel | undefined;

/** The shipped model, decoded on first use (a few milliseconds, once per page). */
export function shippedModel(): LinearModel {
  decoded ??= decodeModel(modelFile);
  return decoded;
}
