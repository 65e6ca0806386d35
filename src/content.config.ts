import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { CARD_FIGURE_KINDS } from './lib/card-figure';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // The page's social card (src/pages/cards/[...slug].png.ts) shows this figure, named as Figure.astro
        // names it (kind and params); without it, the overall extrapolation chart.
        card: z
          .object({
            kind: z.enum(CARD_FIGURE_KINDS),
            params: z.record(z.string(), z.unknown()).default({}),
          })
          .strict()
          .optional(),
      }),
    }),
  }),
};
