import { referenceFileRoute } from '../../citing/reference-file-route.ts';

export const { getStaticPaths, GET } = referenceFileRoute('json');
