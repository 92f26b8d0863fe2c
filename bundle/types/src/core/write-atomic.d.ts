export declare function writeFileAtomic(path: string, content: Uint8Array | string): Promise<void>;
