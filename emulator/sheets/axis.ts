// Structural changes along one axis (rows or columns) and how they move indexes and spans.

// Insert, delete and reorder cover insertRows, deleteRows, moveRows/moveColumns and sorting.

export type Axis = 'row' | 'col';

export type AxisChange =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  /** order[i] is the old index that ends up at start + i. */
  | { kind: 'reorder'; start: number; order: number[] };

export interface AxisMap {
  /** New index of an old index, or null if it was deleted. */
  map(index: number): number | null;
  /** New span covering the images of an old span [start, end], or null if all of it was deleted. */
  mapSpan(start: number, end: number): [number, number] | null;
}

export function axisMap(change: AxisChange): AxisMap {
  switch (change.kind) {
    case 'insert':
      return insertMap(change.at, change.count);
    case 'delete':
      return deleteMap(change.at, change.count);
    case 'reorder':
      return reorderMap(change.start, change.order);
  }
}

function insertMap(at: number, count: number): AxisMap {
  const map = (index: number) => (index >= at ? index + count : index);
  // A span that straddles the insertion point grows, like a range in Sheets when rows go in its middle.
  return { map, mapSpan: (start, end) => [map(start), map(end)] };
}

function deleteMap(at: number, count: number): AxisMap {
  const endDeleted = at + count;
  return {
    map: (index) => (index < at ? index : index >= endDeleted ? index - count : null),
    mapSpan: (start, end) => {
      const newStart = start < at ? start : start >= endDeleted ? start - count : at;
      const newEnd = end >= endDeleted ? end - count : end < at ? end : at - 1;
      return newStart > newEnd ? null : [newStart, newEnd];
    },
  };
}

function reorderMap(start: number, order: number[]): AxisMap {
  const newIndexOf = new Map<number, number>();
  order.forEach((oldIndex, i) => {
    if (oldIndex !== start + i) newIndexOf.set(oldIndex, start + i);
  });
  const map = (index: number) => newIndexOf.get(index) ?? index;
  const segmentEnd = start + order.length - 1;
  return {
    map,
    mapSpan: (spanStart, spanEnd) => {
      // Spans outside the reordered segment, or covering all of it, keep their place.
      if (spanEnd < start || spanStart > segmentEnd) return [spanStart, spanEnd];
      if (spanStart <= start && spanEnd >= segmentEnd) return [spanStart, spanEnd];
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (let index = spanStart; index <= spanEnd; index++) {
        const mapped = map(index);
        if (mapped < low) low = mapped;
        if (mapped > high) high = mapped;
      }
      return [low, high];
    },
  };
}

/** The reorder that moves the block [from, from + count) to just before old index `before`. */
export function moveOrder(from: number, count: number, before: number): AxisChange | null {
  if (before >= from && before <= from + count) return null;
  const block = Array.from({ length: count }, (_, i) => from + i);
  if (before < from) {
    const passed = Array.from({ length: from - before }, (_, i) => before + i);
    return { kind: 'reorder', start: before, order: [...block, ...passed] };
  }
  const passed = Array.from({ length: before - from - count }, (_, i) => from + count + i);
  return { kind: 'reorder', start: from, order: [...passed, ...block] };
}
