export declare const defaultAppPort: number;
export declare const defaultSandboxPort: number;
export declare const usage: string;
export declare function parseStartOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { appPort: number; sandboxPort: number; host: string };
