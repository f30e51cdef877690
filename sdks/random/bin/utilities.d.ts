export declare function getEnv(...vars: string[]): string | undefined;
export declare function getEnvBoolean(...vars: string[]): boolean | undefined;
export declare function getEnvNumber(...vars: string[]): number | undefined;
export declare function getVersion(): string;
export declare function getPackage(): Promise<string | undefined>;
//# sourceMappingURL=utilities.d.ts.map