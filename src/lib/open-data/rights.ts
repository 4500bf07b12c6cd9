/**
 * Who holds what in the published files. The official text is the issuing office's, reproduced
 * verbatim; what the project adds (the selection and structure of the data, editorial fields,
 * addresses) is the project's, under CC BY 4.0. The code is under the MIT licence (LICENSE).
 */
export interface DataLicense {
  /** SPDX identifier of the licence of what the project adds. */
  id: 'CC-BY-4.0';
  /** The licence's text. */
  url: string;
  /** What the licence covers, and what it does not. */
  note: string;
}

/** The rights statement of every open-data JSON file of a release issued by `issuer`. */
export function dataLicense(issuer: string): DataLicense {
  return {
    id: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    note:
      `The official text quoted here (paragraphs, sentences, headline, attribution) is the issuing ` +
      `office's (${issuer}), reproduced verbatim; this project does not license it. What the project adds ` +
      '(the selection and structure of the data, editorial fields, addresses) is under CC BY 4.0.',
  };
}
