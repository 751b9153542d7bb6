/**
 * Text as compared for names and headers: lower-case letters and digits only, accents folded
 * (letters without a decomposition too: ł, ß, ø, đ, æ, œ), dots and apostrophes dropped (`S.A.`
 * is `sa`, `O'Brien` is `obrien`), other punctuation a space between words. Browser-safe.
 */
export function foldText(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
