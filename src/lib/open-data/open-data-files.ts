import { bibtexEntry, citedRelease, cslItem } from './citation.ts';
import { dataPackage } from './data-package.ts';
import { kindToCsv, publishedRecords, wholeReleaseDocument, wholeReleaseSchema } from './open-data.ts';
import { paragraphPlaces } from '../data/release-data.ts';
import { dataKinds, kindsOf } from '../data/kinds/index.ts';
import type { Addresser } from '../data/kinds/kind.ts';
import type { ReleaseWithData } from '../site/releases.ts';
import { dataLicense } from './rights.ts';
import { absoluteAddress } from '../site/site-address.ts';
import { copySentence, originalSentence, provenanceOf, sitePublisher } from '../site/publisher.ts';
import { openDataFormats, routes, type DataFileName } from '../site/routes.ts';
import { versionName } from '../site/versions.ts';
import { jsonSchemaOf, openDataFileSchema } from '../../schemas/open-data.ts';

/** A file published for reuse: its name in the release's `data/` folder, its type and its text. */
export interface OpenDataFile {
  name: DataFileName;
  type: string;
  body: () => string;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Every open-data file of a release: each kind as JSON, CSV and JSON Schema, the whole release as
 * JSON with its schema, the release's citation as BibTeX and CSL-JSON, and a Frictionless data
 * package that describes them all.
 */
export function openDataFiles({ model, data }: ReleaseWithData, base: string, site: URL | undefined): OpenDataFile[] {
  const id = model.entry.id;
  const { version } = model;
  // Files leave the site: an address only where the site's is known, never a bare path.
  const address: Addresser = (sitePath) => absoluteAddress(sitePath, { site, base });
  const records = publishedRecords(version.release, data, address);
  const publisher = sitePublisher(process.env, model.version.lang);
  const provenance = provenanceOf(model.entry.data, publisher, address(routes.overview.path(id)));
  // The files of a version say whose text and whose copy in its language.
  const said = {
    original: originalSentence(provenance, version.lang),
    copy: copySentence(provenance, { inFile: true, lang: version.lang }),
  };
  const cited = citedRelease(model.entry, publisher.name);
  const files: OpenDataFile[] = [];
  for (const { id: kind, publishedSchema } of kindsOf(data)) {
    const schemaUrl = address(routes.dataFile.path(id, `${kind}.schema.json`));
    for (const format of openDataFormats) {
      const name: DataFileName = `${kind}.${format}`;
      if (format === 'json') {
        files.push({
          name,
          type: 'application/json',
          body: () =>
            json({
              $schema: schemaUrl,
              release: version.release,
              language: version.lang,
              url: address(routes.overview.path(id)),
              provenance: said,
              license: dataLicense(model.entry.data.issuer),
              items: records[kind],
            }),
        });
      } else if (format === 'csv') {
        files.push({ name, type: 'text/csv; charset=utf-8', body: () => kindToCsv(kind, records[kind]) });
      } else {
        files.push({
          name,
          type: 'application/schema+json',
          body: () => json(jsonSchemaOf(openDataFileSchema(kind, publishedSchema), schemaUrl)),
        });
      }
    }
  }
  const releaseSchemaUrl = address(routes.dataFile.path(id, 'release.schema.json'));
  files.push(
    {
      name: 'release.json',
      type: 'application/json',
      body: () =>
        json(
          wholeReleaseDocument({
            release: model.entry,
            topics: model.topics,
            topicParagraphs: model.topicParagraphs,
            paragraphs: model.published.paragraphs,
            places: paragraphPlaces(model),
            records,
            address,
            overviewPath: routes.overview.path(id),
            topicPath: routes.topic.path,
            schemaUrl: releaseSchemaUrl,
            provenance: said,
          }),
        ),
    },
    {
      name: 'release.schema.json',
      type: 'application/schema+json',
      body: () => json(jsonSchemaOf(wholeReleaseSchema, releaseSchemaUrl)),
    },
    {
      name: 'citation.bib',
      type: 'application/x-bibtex; charset=utf-8',
      body: () => bibtexEntry(cited, address(routes.overview.path(id))),
    },
    {
      name: 'citation.csl.json',
      type: 'application/vnd.citationstyles.csl+json',
      body: () => json([cslItem(cited, address(routes.overview.path(id)))]),
    },
  );
  const columns = new Map<string, readonly string[]>(
    dataKinds.map((kind) => [`${kind.id}.csv`, kind.csvColumns.map((column) => column.heading)]),
  );
  // The package describes the files above, not itself.
  const packaged = [...files];
  files.push({
    name: 'datapackage.json',
    type: 'application/json',
    body: () =>
      json(
        dataPackage({
          releaseId: versionName(id),
          headline: model.entry.data.headline,
          issuer: model.entry.data.issuer,
          homepage: address(routes.overview.path(id)),
          original: model.entry.data.source?.url,
          provenance: said,
          files: packaged.map((file) => {
            const headings = columns.get(file.name);
            const mediatype = file.type.split(';')[0] ?? file.type;
            return headings ? { name: file.name, mediatype, columns: headings } : { name: file.name, mediatype };
          }),
        }),
      ),
  });
  return files;
}
