import { describe, expect, it } from 'vitest';
import { normaliseText } from '@/lib/detect/normalise';
import { tokenise } from '@/lib/detect/tokens';

describe('links in a caption', () => {
  // A run that starts with "https://", "http://" or "www." and holds nothing a link stops at is read whole
  // without the link pattern; the rest go through it. These are the pattern's readings (taken before the
  // shortcut existed): the links, their text as written and their offsets must stay exactly these.
  it.each<[string, Array<[string, number, number]>]>([
    ["https://", []],
    ["see https:// now", []],
    ["https://a", [["https://a", 0, 9]]],
    ["www.", []],
    ["www.x", [["www.x", 0, 5]]],
    ["www.x.com", [["www.x.com", 0, 9]]],
    ["http://a.com/x(y)", [["http://a.com/x", 0, 14]]],
    ["https://a.com/\u00a0x", [["https://a.com/", 0, 14]]],
    ["go to https://a.com/x. now", [["https://a.com/x", 6, 21]]],
    ["https://a.com/x), ok", [["https://a.com/x", 0, 15]]],
    ["www.nike.com/shoes?x=1#f", [["www.nike.com/shoes?x=1#f", 0, 24]]],
    ["(https://a.com)", [["https://a.com", 1, 14]]],
    ["https://a.com/\"q\"", [["https://a.com/", 0, 14]]],
    ["HTTPS://WWW.NIKE.COM/X?Y=1", [["HTTPS://WWW.NIKE.COM/X?Y=1", 0, 26]]],
    ["https://a.com/x\u2028y", [["https://a.com/x", 0, 15]]],
    ["@https://a.com", []],
    ["#www.a.com", []],
    ["https://a.com/x{y}", [["https://a.com/x", 0, 15]]],
    ["https://a.com/[x]", [["https://a.com/", 0, 14]]],
    ["https://a.com/it's", [["https://a.com/it", 0, 16]]],
    ["https://a.com/<x>", [["https://a.com/", 0, 14]]],
    ["xhttps://a.com", [["a.com", 9, 14]]],
    ["https://a.com,https://b.com", [["https://a.com,https://b.com", 0, 27]]],
    ["www.a.com/ü", [["www.a.com/ü", 0, 11]]],
  ])('%j has the links %j', (text, links) => {
    expect(tokenise(normaliseText(text), text).urls.map((u) => [u.url, u.start, u.end])).toEqual(links);
  });
});
