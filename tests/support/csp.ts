/** A Content-Security-Policy as directive name → its source list. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** The policy without per-page script and style hashes: what a site-wide header can say. */
export function withoutHashes(policy: Policy): Policy {
  return new Map([...policy].map(([name, sources]) => [name, sources.filter((source) => !HASH.test(source))]));
}

/** The policy each built page declares in its `<meta http-equiv="content-security-policy">`. */
export function metaPolicy($: import('cheerio').CheerioAPI): string | undefined {
  return $('meta[http-equiv="content-security-policy" i]').attr('content');
}
