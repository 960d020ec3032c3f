/** An OpenAPI response / body entry with a JSON schema. */
export const jsonContent = <T>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
