// OpenAI's own API is the one endpoint whose keys have a known form (`sk-...`). Any other
// OpenAI-compatible server (llama.cpp, vLLM, Ollama) takes whatever key its operator set, or
// none at all, so nothing about a key's form can be required of it.
export function isOpenAiEndpoint(baseURL: string): boolean {
  return new URL(baseURL).hostname === 'api.openai.com';
}
