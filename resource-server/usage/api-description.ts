import { USAGE_PATH } from './routes.ts';

type JsonObject = { [key: string]: unknown };

/**
 * `GET /usage` as the served OpenAPI document describes it. It is not an OB API, so no OB document
 * has it: the operation and its schema are written here, next to the route they describe, and
 * test/e2e/api-description.test.ts checks a real answer against them.
 */
export const USAGE_SCHEMAS: Record<string, JsonObject> = {
  UsageResponse: {
    type: 'object',
    additionalProperties: false,
    required: ['Data', 'Links', 'Meta'],
    properties: {
      Data: {
        type: 'object',
        additionalProperties: false,
        required: ['ClientId', 'Plan', 'Month', 'Requests', 'Usage'],
        properties: {
          ClientId: { type: 'string', description: 'The calling TPP' },
          Plan: {
            type: 'object',
            additionalProperties: false,
            required: ['Name', 'RateLimitFactor'],
            properties: {
              Name: { type: 'string', description: 'The API plan: free, standard or premium' },
              RateLimitFactor: {
                type: 'number',
                description: "What the plan multiplies the resource APIs' rate limits by",
              },
              MonthlyQuota: {
                type: 'integer',
                description: 'Resource API requests a month; absent when the plan has no quota',
              },
            },
          },
          Month: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}$',
            description: 'The calendar month counted (UK time)',
          },
          Requests: {
            type: 'integer',
            minimum: 0,
            description: 'Resource API requests counted that month',
          },
          Remaining: {
            type: 'integer',
            minimum: 0,
            description: 'What is left of the monthly quota; absent when the plan has none',
          },
          Usage: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['Date', 'Api', 'Requests'],
              properties: {
                Date: { type: 'string', format: 'date', description: 'A UK day' },
                Api: { type: 'string', enum: ['aisp', 'pisp', 'cbpii', 'events'] },
                Requests: { type: 'integer', minimum: 0 },
              },
            },
          },
        },
      },
      Links: {
        type: 'object',
        required: ['Self'],
        properties: { Self: { type: 'string', format: 'uri' } },
      },
      Meta: { type: 'object' },
    },
  },
};

const obError = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/OBErrorResponse1' } } },
});

export const USAGE_PATHS: Record<string, Record<string, JsonObject>> = {
  [USAGE_PATH]: {
    get: {
      tags: ['Usage'],
      summary: "Get the TPP's own usage",
      operationId: 'GetUsage',
      description:
        "The calling TPP's plan and its resource API requests of a month (UK time), per day and API, with the month's total and what is left of the quota. Any of the TPP's client-credentials tokens; not counted itself.",
      parameters: [
        {
          name: 'month',
          in: 'query',
          required: false,
          description: 'The month to read, YYYY-MM; this one by default',
          schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
        },
      ],
      responses: {
        200: {
          description: 'The usage',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/UsageResponse' } },
          },
        },
        400: obError('The month is not YYYY-MM'),
        401: { description: 'No valid access token, or its binding is not proven' },
        403: obError('The token is not a client-credentials token of the TPP'),
        429: obError('Rate limited'),
      },
      security: [
        { TPPOAuth2Security: ['accounts'] },
        { TPPOAuth2Security: ['payments'] },
        { TPPOAuth2Security: ['fundsconfirmations'] },
      ],
    },
  },
};
