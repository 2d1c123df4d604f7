import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check.ts';
import { readContent } from './read-content.ts';

/**
 * Stops the build (and the dev server) when a content file is wrong, with one
 * line per problem naming the file and the field.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'groundwork:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContent(readContent(root));
        if (problems.length > 0) {
          throw new Error(
            `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n${formatProblems(problems)}`,
          );
        }
        logger.info('content checked: no problems');
      },
    },
  };
}
