import { describe, expect, it } from 'vitest';
import { builderDataText, EARLY_DATA_GLOBAL, earlyDataScript } from '../../../src/lib/early-data.ts';

type Answer = { ok: boolean; status: number; text: () => Promise<string> };

/** Runs the head's script with a fetch that gives `answer`; returns the scope it wrote to and what it asked for. */
function runScript(href: string, answer: Answer | Error) {
  const scope: Record<string, unknown> = {};
  const asked: string[] = [];
  const fetch = (url: string) => {
    asked.push(url);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  new Function('self', 'fetch', earlyDataScript(href))(scope, fetch);
  return { scope, asked };
}

const ok = (text: string): Answer => ({ ok: true, status: 200, text: () => Promise.resolve(text) });

describe('earlyDataScript', () => {
  it('asks for the file at once and keeps the promise of its text', async () => {
    const { scope, asked } = runScript('/nb/builder/data.json', ok('{"a":1}'));
    expect(asked).toEqual(['/nb/builder/data.json']);
    await expect(scope[EARLY_DATA_GLOBAL]).resolves.toBe('{"a":1}');
  });

  it.each([
    ['an answer that is not ok', { ok: false, status: 404, text: () => Promise.resolve('gone') }, '404'],
    ['a fetch that fails', new Error('offline'), 'offline'],
  ] as const)(
    'rejects on %s, marked as handled until the builder reads it',
    async (_name, answer, message) => {
      const unhandled: unknown[] = [];
      const listen = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', listen);
      try {
        const { scope } = runScript('/en/builder/data.json', answer);
        // Let the rejection settle with nobody reading it yet, as while the page is still parsed.
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(unhandled).toEqual([]);
        await expect(scope[EARLY_DATA_GLOBAL]).rejects.toThrow(message);
      } finally {
        process.off('unhandledRejection', listen);
      }
    },
  );

  it('writes the address as a string, whatever it holds', () => {
    const { asked } = runScript('/en/builder/data.json?"x"</script>', ok(''));
    expect(asked).toEqual(['/en/builder/data.json?"x"</script>']);
  });
});

describe('builderDataText', () => {
  it('takes the head script’s promise when the page has one', async () => {
    const scope = { [EARLY_DATA_GLOBAL]: Promise.resolve('early') };
    await expect(builderDataText('/en/builder/data.json', scope)).resolves.toBe('early');
  });

  it('fetches the file itself when there is none', async () => {
    const original = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = ((url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('late'));
    }) as typeof fetch;
    try {
      await expect(builderDataText('/en/builder/data.json', {})).resolves.toBe('late');
      expect(asked).toEqual(['/en/builder/data.json']);
      globalThis.fetch = (() => Promise.resolve(new Response('', { status: 500 }))) as typeof fetch;
      await expect(builderDataText('/en/builder/data.json', {})).rejects.toThrow('500');
    } finally {
      globalThis.fetch = original;
    }
  });
});
