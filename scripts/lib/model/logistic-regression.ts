/**
 * One-vs-rest logistic regression for all themes at once over sparse rows, with L2 and full-batch
 * Adam for a fixed number of iterations from zero weights: the same data give the same weights.
 */

/** A sparse row: feature indices (ascending) and their values. */
export interface SparseRow {
  index: Int32Array;
  value: Float32Array;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the biases), relative to the mean log-loss. */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_TRAINING: TrainOptions = { l2: 1e-3, iterations: 300, learningRate: 0.05 };

export interface LinearModel {
  features: number;
  labels: number;
  /** Row-major `features × labels`. */
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Fits the model. `targets[i][l]` is 1 (label present), 0 (absent) or -1 (not counted: an
 * optional label, left out of the loss).
 */
export function train(
  rows: readonly SparseRow[],
  targets: readonly Int8Array[],
  features: number,
  labels: number,
  options: TrainOptions = DEFAULT_TRAINING,
): LinearModel {
  const { l2, iterations, learningRate } = options;
  const size = features * labels + labels;
  const params = new Float64Array(size);
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const biasAt = features * labels;
  const logits = new Float64Array(labels);
  const counted = new Float64Array(labels);
  for (const t of targets) for (let l = 0; l < labels; l++) if (t[l]! >= 0) counted[l]! += 1;
  const beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-8;
  for (let it = 1; it <= iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const { index, value } = rows[i]!;
      const target = targets[i]!;
      for (let l = 0; l < labels; l++) logits[l] = params[biasAt + l]!;
      for (let k = 0; k < index.length; k++) {
        const base = index[k]! * labels,
          x = value[k]!;
        for (let l = 0; l < labels; l++) logits[l]! += params[base + l]! * x;
      }
      for (let l = 0; l < labels; l++) {
        const y = target[l]!;
        // Residual over the label's counted sentences: each label's loss is its own mean.
        logits[l] = y < 0 ? 0 : (sigmoid(logits[l]!) - y) / Math.max(counted[l]!, 1);
        grad[biasAt + l]! += logits[l]!;
      }
      for (let k = 0; k < index.length; k++) {
        const base = index[k]! * labels,
          x = value[k]!;
        for (let l = 0; l < labels; l++) grad[base + l]! += logits[l]! * x;
      }
    }
    const c1 = 1 - beta1 ** it,
      c2 = 1 - beta2 ** it;
    for (let j = 0; j < size; j++) {
      const g = grad[j]! + (j < biasAt ? l2 * params[j]! : 0);
      m[j] = beta1 * m[j]! + (1 - beta1) * g;
      v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
      params[j]! -= (learningRate * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + eps);
    }
  }
  return { features, labels, weights: params.subarray(0, biasAt), bias: params.subarray(biasAt) };
}

/** Probabilities of every label for one row. */
export function predict(model: LinearModel, row: SparseRow): Float64Array {
  const out = Float64Array.from(model.bias);
  for (let k = 0; k < row.index.length; k++) {
    const f = row.index[k]!;
    if (f >= model.features) continue;
    const base = f * model.labels,
      x = row.value[k]!;
    for (let l = 0; l < model.labels; l++) out[l]! += model.weights[base + l]! * x;
  }
  for (let l = 0; l < model.labels; l++) out[l] = sigmoid(out[l]!);
  return out;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
