// Google Docs and Drive links of the register, mapped to the playground's own page for that file.

/** '/drive/<id>' for a docs.google.com or drive.google.com link with a file id; null for anything else. */
export function driveHref(url: string): string | null {
  const match = /^https:\/\/(?:docs|drive)\.google\.com\/(?:[\w-]+\/)*(?:d|folders)\/([\w-]{10,})/.exec(
    url.trim(),
  );
  return match ? `/drive/${match[1]}` : null;
}
