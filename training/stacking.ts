/**
 * The model's stacking layer (lib/model/model.ts): per label, a logistic regression over every label's
 * raw logit, fitted by Newton's method on the fold models' out-of-fold logits of the development drafts.
 * Out of fold by batch, on whole drafts, it raised the best F1 at a warning's precision for every label
 * (identifiable-person 0.708 → 0.731, December 2026): the linear model scores each label alone.
 */

/** Small against 138,000 drafts: it only keeps Newton's steps well defined. */
const l2 = 1e-4;
const newtonSteps = 12;

/**
 * `logits`: per draft, every label's raw logit; `targets`: per draft, 1 where it breaks the label; `weightOf`: how much
 * a draft's loss counts for a label, as in the linear model's fit (a positive, a benign draft, an official one).
 */
export function fitStacking(
  logits: readonly Float64Array[],
  targets: readonly Uint8Array[],
  weightOf: (draft: number, positive: boolean) => number,
): { weights: number[]; biases: number[] } {
  const labels = logits[0]?.length ?? 0;
  const design = designMatrix(logits, labels + 1);
  const weights: number[] = [];
  const biases: number[] = [];
  for (let label = 0; label < labels; label++) {
    const target = Float64Array.from(targets, (row) => row[label]!);
    const weight = Float64Array.from(target, (value, draft) => weightOf(draft, value === 1));
    const solution = newton(design, target, weight, labels + 1);
    weights.push(...solution.slice(0, labels));
    biases.push(solution[labels]!);
  }
  return { weights: weights.map(round), biases: biases.map(round) };
}

/** Six significant digits are plenty, and keep the model file small. */
const round = (value: number) => Number(value.toPrecision(6));

/** Every draft's logits and a constant 1, one row of `size` after another. */
function designMatrix(logits: readonly Float64Array[], size: number): Float64Array {
  const design = new Float64Array(logits.length * size);
  logits.forEach((row, draft) => {
    design.set(row, draft * size);
    design[draft * size + size - 1] = 1;
  });
  return design;
}

/** L2-regularised logistic regression on the rows of `design`, starting from zero. */
function newton(design: Float64Array, target: Float64Array, weight: Float64Array, size: number): Float64Array {
  const w = new Float64Array(size);
  const n = target.length;
  for (let step = 0; step < newtonSteps; step++) {
    const gradient = new Float64Array(size);
    const hessian = new Float64Array(size * size);
    for (let draft = 0, at = 0; draft < n; draft++, at += size) {
      let z = 0;
      for (let i = 0; i < size; i++) z += w[i]! * design[at + i]!;
      const p = 1 / (1 + Math.exp(-z));
      const error = (p - target[draft]!) * weight[draft]!;
      const curvature = p * (1 - p) * weight[draft]!;
      for (let i = 0; i < size; i++) {
        const xi = design[at + i]!;
        gradient[i]! += error * xi;
        // (curvature · xi) once per row: the same product, left to right, as in the inner sum.
        const weighted = curvature * xi;
        const row = i * size;
        for (let j = 0; j <= i; j++) hessian[row + j]! += weighted * design[at + j]!;
      }
    }
    for (let i = 0; i < size; i++) {
      gradient[i] = gradient[i]! / n + l2 * w[i]!;
      for (let j = 0; j <= i; j++) hessian[j * size + i] = hessian[i * size + j] = hessian[i * size + j]! / n + (i === j ? l2 : 0);
    }
    const delta = solve(hessian, gradient, size);
    for (let i = 0; i < size; i++) w[i]! -= delta[i]!;
  }
  return w;
}

/** Solves the symmetric positive definite `matrix` · x = `vector` (Cholesky). */
function solve(matrix: Float64Array, vector: Float64Array, size: number): Float64Array {
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * size + k]! * lower[j * size + k]!;
      lower[i * size + j] = i === j ? Math.sqrt(sum) : sum / lower[j * size + j]!;
    }
  }
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = vector[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * size + k]! * y[k]!;
    y[i] = sum / lower[i * size + i]!;
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < size; k++) sum -= lower[k * size + i]! * x[k]!;
    x[i] = sum / lower[i * size + i]!;
  }
  return x;
}
