import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks.ts';
import { payInDescription } from './pay-in-description.ts';

const pay = (html: string, dollar = 'USD') => payInDescription(htmlToBlocks(html), dollar);

describe('a pay range stated in the description', () => {
  it('reads US pay-transparency sentences', () => {
    expect(pay('<p>We offer equity.</p><p>The base salary range for this role is $150,000 - $190,000 per year.</p>')).toEqual({
      min: 150_000,
      max: 190_000,
      currency: 'USD',
      period: 'year',
    });
    expect(pay('<p>For U.S.-based roles, we expect a starting base salary between $148,200 and $239,800.</p>')).toMatchObject({
      min: 148_200,
      max: 239_800,
    });
  });

  it('reads a label line followed by the amounts (Greenhouse pay-range blocks)', () => {
    expect(pay('<div>Base Salary Pay Range</div><div>$227,500 - $300,000 USD</div>')).toMatchObject({
      min: 227_500,
      max: 300_000,
      currency: 'USD',
    });
    expect(pay('<h3>Pay range</h3><div>NOK 750,000 — NOK 950,000</div>')).toMatchObject({ min: 750_000, max: 950_000 });
  });

  it('uses the page country for "$"', () => {
    expect(pay('<p>Salary: $95,000 – $105,000 plus super.</p>', 'AUD')?.currency).toBe('AUD');
  });

  it('ignores amounts that are not pay', () => {
    expect(pay('<p>We raised a $5M seed round.</p><p>Our 401(k) plan matches 4%.</p>')).toBeNull();
    expect(pay('<p>Competitive compensation and equity program.</p>')).toBeNull();
    expect(pay('<p>Our compensation team of 12 people supports 4,000 employees.</p>')).toBeNull();
  });
});
