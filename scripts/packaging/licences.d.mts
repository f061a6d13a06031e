// Types of licences.mjs.
export interface PackageLicence {
  name: string;
  version: string;
  license: string;
  text: string | null;
}
export declare const RENDERER_PACKAGES: string[];
export declare function collectLicences(root: string): PackageLicence[];
export declare function licencesPlugin(root: string): {
  name: string;
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): void }): void;
};
