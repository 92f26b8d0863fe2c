/** Go's strconv.IsPrint for one code point. */
export declare function goIsPrint(codePoint: number): boolean;
export interface GoQuoteOptions {
    /**
     * Whether `text` came from decodeSource, so U+DC80..U+DCFF stand for invalid
     * bytes (default true). Strings from elsewhere (YAML) have no such bytes.
     */
    escapedBytes?: boolean;
}
/** Go's strconv.Quote of the bytes that `text` decodes from. */
export declare function goQuote(text: string, { escapedBytes }?: GoQuoteOptions): string;
/** Go's `%#U`: `U+0040 '@'` for printable runes, just `U+00A0` otherwise. */
export declare function goUnicode(codePoint: number): string;
