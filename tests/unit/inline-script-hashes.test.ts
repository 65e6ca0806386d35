// The CSP hashes of Starlight's inline scripts (src/build/inline-script-hashes.ts).
import { describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash, starlightInlineScriptHashes } from '../../src/build/inline-script-hashes';

describe('inline script hashes', () => {
  it('hash as the CSP spec does: base64 of the SHA-256 of the UTF-8 text', () => {
    // The SHA-256 of no bytes is the well-known e3b0c442…b855, in base64 47DEQpj8…FU=.
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad (FIPS 180-2's example).
    expect(scriptHash('abc')).toBe(`sha256-${Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex').toString('base64')}`);
  });
  it('take the text of is:inline scripts only, verbatim', () => {
    const source = '<script is:inline>\n\ta();\n</script><script>bundled()</script><script is:inline aria-hidden="true">b()</script>';
    expect(inlineScripts(source)).toEqual(['\n\ta();\n', 'b()']);
  });
  it('find the installed Starlight\'s inline scripts', () => {
    const hashes = starlightInlineScriptHashes();
    expect(hashes.length).toBeGreaterThanOrEqual(4);
    for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});
