#include "extract/extractor.h"

#include <doctest/doctest.h>

#include <set>

#include "graph/resolve.h"
#include "extract/test_knowledge.h"

// Hand-written sentences (none from the seeds), one or more per rule family, each
// asserting the exact entities and relations extracted with the built-in data files.

namespace doctest {
template <>
struct StringMaker<std::set<std::string>> {
  static String convert(const std::set<std::string>& items) {
    std::string out = "{";
    for (const std::string& item : items) out += (out.size() > 1 ? ", \"" : "\"") + item + "\"";
    return (out + "}").c_str();
  }
};
}  // namespace doctest

namespace kg {
namespace {

using Set = std::set<std::string>;

// A sentence and what it must yield: entities "Name:type", relations "Source relation
// Target" (competes-with written in either order).
struct Case {
  const char* text;
  Set entities;
  Set relations;
};

std::string RelationText(const KnowledgeGraph& g, NodeId s, RelationType r, NodeId t) {
  return g.entity(s).name + " " + std::string(ToString(r)) + " " + g.entity(t).name;
}

void CheckCase(const Case& c) {
  const std::string text = c.text;
  CAPTURE(text);
  Extractor extractor(BuiltinKnowledge());
  const KnowledgeGraph g = ResolveGraph({extractor.Extract("t.txt", c.text)});
  Set entities, relations;
  for (NodeId id = 0; id < g.node_count(); ++id) {
    entities.insert(g.entity(id).name + ":" + std::string(ToString(g.entity(id).type)));
  }
  for (const EdgeRef& e : g.Edges()) {
    const std::string forward = RelationText(g, e.source, e.relation->type, e.target);
    const std::string backward = RelationText(g, e.target, e.relation->type, e.source);
    const bool reversed = IsSymmetric(e.relation->type) && c.relations.count(forward) == 0 && c.relations.count(backward) > 0;
    relations.insert(reversed ? backward : forward);
  }
  CHECK(entities == c.entities);
  CHECK(relations == c.relations);
}

}  // namespace

TEST_CASE("developed-by is read from possessives, prepositions, participles and verbs") {
  const Case cases[] = {
      {"Mit Ernie 4.5 hat Baidu ein neues Sprachmodell veröffentlicht.",
       {"Baidu:company", "Ernie 4.5:model"},
       {"Ernie 4.5 developed-by Baidu"}},
      {"Der Bildgenerator Lumina, entwickelt von der Firma Skyforge, erzeugt Fotos.",
       {"Lumina:model", "Skyforge:company"},
       {"Lumina developed-by Skyforge"}},
      {"Anthropics Claude 3.5 Sonnet schneidet in Tests gut ab.",
       {"Anthropic:company", "Claude 3.5 Sonnet:model"},
       {"Claude 3.5 Sonnet developed-by Anthropic"}},
      {"Gemini von Google ist in Europa verfügbar.",
       {"Gemini:model", "Google:company"},
       {"Gemini developed-by Google"}},
      {"Microsoft's Copilot is now built into Windows.",
       {"Copilot:model", "Microsoft:company"},
       {"Copilot developed-by Microsoft"}},
      {"Grok was developed by xAI in only a few months.",
       {"Grok:model", "xAI:company"},
       {"Grok developed-by xAI"}},
      {"Das Start-up Kestrel Robotics stellte sein Modell Falke-7 vor.",
       {"Falke-7:model", "Kestrel Robotics:company"},
       {"Falke-7 developed-by Kestrel Robotics"}},
      {"Nutzer vergleichen Claude oft mit ChatGPT.",
       {"ChatGPT:model", "Claude:model"},
       {"Claude competes-with ChatGPT"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("funded-by is read from passives, investments, investor lists and rounds, not under negation") {
  const Case cases[] = {
      {"Das Unternehmen Nordlicht AI wird von SoftBank und Temasek finanziert.",
       {"Nordlicht AI:company", "SoftBank:company", "Temasek:company"},
       {"Nordlicht AI funded-by SoftBank", "Nordlicht AI funded-by Temasek"}},
      {"Mistral AI wird nicht von Apple finanziert.",
       {"Apple:company", "Mistral AI:company"},
       {}},
      {"Amazon investierte weitere vier Milliarden Dollar in Anthropic.",
       {"Amazon:company", "Anthropic:company"},
       {"Anthropic funded-by Amazon"}},
      {"Anthropic is backed by Google and Amazon.",
       {"Amazon:company", "Anthropic:company", "Google:company"},
       {"Anthropic funded-by Amazon", "Anthropic funded-by Google"}},
      {"Zu den Investoren von Aleph Alpha gehören SAP und Bosch.",
       {"Aleph Alpha:company", "Bosch:company", "SAP:company"},
       {"Aleph Alpha funded-by Bosch", "Aleph Alpha funded-by SAP"}},
      {"Perplexity raised 500 million dollars from investors including Nvidia.",
       {"Nvidia:company", "Perplexity:company"},
       {"Perplexity funded-by Nvidia"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("competes-with is read from comparison and rivalry words, not under negation") {
  const Case cases[] = {
      {"Alibaba konkurriert in China mit Tencent und Baidu.",
       {"Alibaba:company", "Baidu:company", "China:country", "Tencent:company"},
       {"Alibaba competes-with Baidu", "Alibaba competes-with Tencent"}},
      {"DeepSeek-V3 übertrifft Llama 3.1 in mehreren Benchmarks.",
       {"DeepSeek-V3:model", "DeepSeek:company", "Llama 3.1:model"},
       {"DeepSeek-V3 competes-with Llama 3.1", "DeepSeek-V3 developed-by DeepSeek"}},
      {"Qwen3 kann mit GPT-4o mithalten.",
       {"GPT-4o:model", "Qwen3:model"},
       {"Qwen3 competes-with GPT-4o"}},
      {"Google and OpenAI are rivals in the race for better chatbots.",
       {"Google:company", "OpenAI:company"},
       {"Google competes-with OpenAI"}},
      {"Der Wettlauf zwischen den USA und China um KI-Chips verschärft sich.",
       {"China:country", "USA:country"},
       {"USA competes-with China"}},
      {"Google hat nicht mit OpenAI konkurriert.",
       {"Google:company", "OpenAI:company"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("restricted-by names who bans, sanctions, export-controls or censors") {
  const Case cases[] = {
      {"Die US-Regierung verhängte Sanktionen gegen Huawei.",
       {"Huawei:company", "USA:country"},
       {"Huawei restricted-by USA"}},
      {"Italiens Datenschutzbehörde sperrte ChatGPT vorübergehend.",
       {"ChatGPT:model", "Italien:country"},
       {"ChatGPT restricted-by Italien"}},
      {"The US banned TikTok on government devices.",
       {"TikTok:company", "USA:country"},
       {"TikTok restricted-by USA"}},
      {"Exportkontrollen der USA treffen Nvidia hart.",
       {"Nvidia:company", "USA:country"},
       {"Nvidia restricted-by USA"}},
      {"In China werden Chatbots wie Ernie Bot zensiert.",
       {"China:country", "Ernie Bot:model"},
       {"Ernie Bot restricted-by China"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("based-in is read from country adjectives, origins and appositions, never from cities or regions") {
  const Case cases[] = {
      {"Das französische Start-up Mistral AI wächst schnell.",
       {"Frankreich:country", "Mistral AI:company"},
       {"Mistral AI based-in Frankreich"}},
      {"Der südkoreanische Konzern Samsung baut eigene KI-Chips.",
       {"Samsung:company", "Südkorea:country"},
       {"Samsung based-in Südkorea"}},
      {"Das Start-up Quellwerk aus Deutschland entwickelt Sprachmodelle.",
       {"Deutschland:country", "Quellwerk:company"},
       {"Quellwerk based-in Deutschland"}},
      {"Japanese companies such as SoftBank and Sony invest heavily in AI.",
       {"Japan:country", "SoftBank:company", "Sony:company"},
       {"SoftBank based-in Japan", "Sony based-in Japan"}},
      {"Aleph Alpha ist ein deutsches KI-Unternehmen mit Sitz in Heidelberg.",
       {"Aleph Alpha:company", "Deutschland:country"},
       {"Aleph Alpha based-in Deutschland"}},
      {"Cohere, ein kanadisches Start-up, baut Sprachmodelle für Firmen.",
       {"Cohere:company", "Kanada:country"},
       {"Cohere based-in Kanada"}},
      {"Das Start-up sitzt in Hangzhou, nicht im Silicon Valley oder in Europa.",
       {},
       {}},
      {"Chinesische Unternehmen investieren massiv in Rechenzentren.",
       {"China:country"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("works-for is read from role compounds, appositions, prepositions and founders") {
  const Case cases[] = {
      {"Nvidia-Chef Jensen Huang sprach auf der Konferenz.",
       {"Jensen Huang:person", "Nvidia:company"},
       {"Jensen Huang works-for Nvidia"}},
      {"Demis Hassabis, CEO von Google DeepMind, erhielt den Nobelpreis.",
       {"Demis Hassabis:person", "Google DeepMind:company"},
       {"Demis Hassabis works-for Google DeepMind"}},
      {"Mira Talbot, Forscherin bei Anthropic, warnt vor Risiken.",
       {"Anthropic:company", "Mira Talbot:person"},
       {"Mira Talbot works-for Anthropic"}},
      {"Satya Nadella, the CEO of Microsoft, praised the deal.",
       {"Microsoft:company", "Satya Nadella:person"},
       {"Satya Nadella works-for Microsoft"}},
      {"OpenAI was founded by Sam Altman and Ilya Sutskever.",
       {"Ilya Sutskever:person", "OpenAI:company", "Sam Altman:person"},
       {"Ilya Sutskever works-for OpenAI", "Sam Altman works-for OpenAI"}},
      {"Laut Analystin Maria Schneider von Gartner wächst der Markt.",
       {"Gartner:company", "Maria Schneider:person"},
       {"Maria Schneider works-for Gartner"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("spelling, genitive and country variants are one entity, dates and titles are not") {
  const Case cases[] = {
      {"Open AI und OpenAI sind dieselbe Firma, Deepseeks Erfolg überrascht.",
       {"Deepseek:company", "OpenAI:company"},
       {}},
      {"Die amerikanische Regierung und die Vereinigten Staaten meinen dasselbe Land.",
       {"USA:country"},
       {}},
      {"Am 1. Januar stellte Dr. Weber in Berlin ein neues Modell vor.",
       {},
       {}},
      {"Cerebras was not funded by Intel.",
       {"Cerebras:company", "Intel:company"},
       {}},
      {"GPT-5 was released by OpenAI in August.",
       {"GPT-5:model", "OpenAI:company"},
       {"GPT-5 developed-by OpenAI"}},
      {"Das Modell Orion-3, das vom Start-up Pixelwerk trainiert wurde, ist frei verfügbar.",
       {"Orion-3:model", "Pixelwerk:company"},
       {"Orion-3 developed-by Pixelwerk"}},
      {"Britain's Arm Holdings competes with Intel.",
       {"Arm Holdings:company", "Großbritannien:country", "Intel:company"},
       {"Arm Holdings based-in Großbritannien", "Arm Holdings competes-with Intel"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("maker compounds, possessed products, multi-word roles, leaders, subjects after a phrase, cities, domestic") {
  const Case cases[] = {
      {"Der ChatGPT-Entwickler OpenAI erhält neue Konkurrenz.",
       {"ChatGPT:model", "OpenAI:company"},
       {"ChatGPT developed-by OpenAI"}},
      {"xAI's chatbot Grok is now available in Europe.",
       {"Grok:model", "xAI:company"},
       {"Grok developed-by xAI"}},
      {"OpenAI chief executive Sam Altman met investors.",
       {"OpenAI:company", "Sam Altman:person"},
       {"Sam Altman works-for OpenAI"}},
      {"Liang Wenfeng, der auch den Hedgefonds High-Flyer leitet, gibt selten Interviews.",
       {"High-Flyer:company", "Liang Wenfeng:person"},
       {"Liang Wenfeng works-for High-Flyer"}},
      {"Nach Italien hat nun auch Südkorea den Chatbot DeepSeek verbannt.",
       {"DeepSeek:company", "Italien:country", "Südkorea:country"},
       {"DeepSeek restricted-by Südkorea"}},
      {"Altman sagte, OpenAI werde weiter wachsen.",
       {"Altman:person", "OpenAI:company"},
       {}},
      {"Das Münchner KI-Start-up Helsing wächst rasant.",
       {"Deutschland:country", "Helsing:company"},
       {"Helsing based-in Deutschland"}},
      {"The Shenzhen-based company Kestrel AI builds drones.",
       {"China:country", "Kestrel AI:company"},
       {"Kestrel AI based-in China"}},
      {"Japanische Autobauer setzen auf heimische Anbieter wie Preferred Networks und Sakana AI.",
       {"Japan:country", "Preferred Networks:company", "Sakana AI:company"},
       {"Preferred Networks based-in Japan", "Sakana AI based-in Japan"}},
      {"Sam Altman, OpenAI's chief executive, dismissed the concerns.",
       {"OpenAI:company", "Sam Altman:person"},
       {"Sam Altman works-for OpenAI"}},
      {"Microsoft acquired a stake in the French start-up Mistral AI.",
       {"Frankreich:country", "Microsoft:company", "Mistral AI:company"},
       {"Mistral AI based-in Frankreich", "Mistral AI funded-by Microsoft"}},
  };
  for (const Case& c : cases) CheckCase(c);
}
TEST_CASE("document-local names, fronted passives, list heads, appositions, reciprocal rivalry") {
  const Case cases[] = {
      // A name found by its head word is known for the rest of the document.
      {"Das Start-up Veltrix baut Sprachmodelle. Finanziert wird Veltrix vom Risikokapitalgeber Nordkap Capital.",
       {"Nordkap Capital:company", "Veltrix:company"},
       {"Veltrix funded-by Nordkap Capital"}},
      {"Finanziert wird die Firma Quorra von Siemens und dem Versicherungskonzern Allianz, nicht jedoch von SAP.",
       {"Allianz:company", "Quorra:company", "SAP:company", "Siemens:company"},
       {"Quorra funded-by Allianz", "Quorra funded-by Siemens"}},
      {"Gegründet wurde das Start-up Fjordlab von Ingrid Halvorsen.",
       {"Fjordlab:company", "Ingrid Halvorsen:person"},
       {"Ingrid Halvorsen works-for Fjordlab"}},
      {"The start-up Quillon was founded in 2022 by Maria Oduya.",
       {"Maria Oduya:person", "Quillon:company"},
       {"Maria Oduya works-for Quillon"}},
      {"Die Firma Tessel sammelte 80 Millionen Euro ein, angeführt vom Wagniskapitalgeber Nordstern Capital.",
       {"Nordstern Capital:company", "Tessel:company"},
       {"Tessel funded-by Nordstern Capital"}},
      {"Microsoft, wichtigster Geldgeber von OpenAI, hält sich zurück.",
       {"Microsoft:company", "OpenAI:company"},
       {"OpenAI funded-by Microsoft"}},
      {"Die amerikanischen Konzerne Google und Amazon bauen eigene Chips.",
       {"Amazon:company", "Google:company", "USA:country"},
       {"Amazon based-in USA", "Google based-in USA"}},
      {"Anthropic, das KI-Unternehmen mit Sitz in San Francisco, wächst.",
       {"Anthropic:company", "USA:country"},
       {"Anthropic based-in USA"}},
      {"Yesterday Kestrel Labs, a Lyon-based start-up, hired twenty engineers.",
       {"Frankreich:country", "Kestrel Labs:company"},
       {"Kestrel Labs based-in Frankreich"}},
      // A noun phrase at the sentence start stands for the company before; a country
      // adjective before its head still locates it.
      {"Profitieren könnte vor allem Huawei. Der chinesische Netzwerkausrüster liefert eigene Chips.",
       {"China:country", "Huawei:company"},
       {"Huawei based-in China"}},
      {"Die Konzerne Baidu, Tencent und Alibaba liefern sich einen Preiskrieg.",
       {"Alibaba:company", "Baidu:company", "Tencent:company"},
       {"Alibaba competes-with Baidu", "Alibaba competes-with Tencent", "Baidu competes-with Tencent"}},
      {"Laut Zhipu sei GLM-5 bei Übersetzungen mit Claude Sonnet 4 vergleichbar.",
       {"Claude Sonnet 4:model", "GLM-5:model", "Zhipu:company"},
       {"GLM-5 competes-with Claude Sonnet 4"}},
      {"Claude 5, Anthropic's newest model, ships in May.",
       {"Anthropic:company", "Claude 5:model"},
       {"Claude 5 developed-by Anthropic"}},
      {"Mistral-Mitgründer und Technikchef Timothée Lacroix sprach in Berlin.",
       {"Mistral:company", "Timothée Lacroix:person"},
       {"Timothée Lacroix works-for Mistral"}},
      // A short local name keeps its case: "Mit" at a sentence start is not the lab MIT.
      {"Die Firma ZEN baut Roboter. Mit neuen Modellen wächst sie.",
       {"ZEN:company"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("English: city-based appositions, rounds after a product, backed compounds, role modifiers") {
  const Case cases[] = {
      {"Anthropic, the San Francisco-based maker of Claude, raised $13 billion in a round led by Iconiq Capital.",
       {"Anthropic:company", "Claude:model", "Iconiq Capital:company", "USA:country"},
       {"Anthropic based-in USA", "Anthropic funded-by Iconiq Capital", "Claude developed-by Anthropic"}},
      {"Microsoft-backed OpenAI is valued at $500 billion.",
       {"Microsoft:company", "OpenAI:company"},
       {"OpenAI funded-by Microsoft"}},
      {"The startup Reflex Robotics, founded by former Tesla engineers, is backed by Sequoia.",
       {"Reflex Robotics:company", "Sequoia:company", "Tesla:company"},
       {"Reflex Robotics funded-by Sequoia"}},
      {"Google has invested $2 billion in Anthropic, while Amazon has committed $8 billion.",
       {"Amazon:company", "Anthropic:company", "Google:company"},
       {"Anthropic funded-by Google"}},
      {"Italy's privacy watchdog banned the DeepSeek app in January.",
       {"DeepSeek:company", "Italien:country"},
       {"DeepSeek restricted-by Italien"}},
      {"Ola founder Bhavish Aggarwal presented Krutrim-3 in Bengaluru.",
       {"Bhavish Aggarwal:person", "Krutrim-3:model", "Krutrim:company", "Ola:company"},
       {"Bhavish Aggarwal works-for Ola", "Krutrim-3 developed-by Krutrim"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("topic companies, attributive participles, verb-final work, co-founders, appositions typing a name") {
  const Case cases[] = {
      // A round that does not repeat its company belongs to the company the text is about.
      {"Das Kölner Start-up Vantor baut Sensoren. Angeführt wird die Runde vom Wagniskapitalgeber Nordstern Capital.",
       {"Deutschland:country", "Nordstern Capital:company", "Vantor:company"},
       {"Vantor based-in Deutschland", "Vantor funded-by Nordstern Capital"}},
      {"An Tenstorrents jüngster Finanzierungsrunde beteiligten sich Fidelity sowie Bezos Expeditions.",
       {"Bezos Expeditions:company", "Fidelity:company", "Tenstorrent:company"},
       {"Tenstorrent funded-by Bezos Expeditions", "Tenstorrent funded-by Fidelity"}},
      {"Perplexity wächst schnell. Backers include Nvidia and Fidelity.",
       {"Fidelity:company", "Nvidia:company", "Perplexity:company"},
       {"Perplexity funded-by Fidelity", "Perplexity funded-by Nvidia"}},
      {"Dazu zählt Graphwerk AI, das vom Physiker Jonas Brandt geführte Unternehmen aus Jena.",
       {"Graphwerk AI:company", "Jonas Brandt:person"},
       {"Jonas Brandt works-for Graphwerk AI"}},
      {"Die von Sequoia finanzierte Firma Lumiq wächst.",
       {"Lumiq:company", "Sequoia:company"},
       {"Lumiq funded-by Sequoia"}},
      {"Tang Tan ist heute als Hardwarechef bei OpenAI tätig.",
       {"OpenAI:company", "Tang Tan:person"},
       {"Tang Tan works-for OpenAI"}},
      {"Maria Lopez co-founded Quillon Labs in 2021 with Amir Haddad and Kenji Sato.",
       {"Amir Haddad:person", "Kenji Sato:person", "Maria Lopez:person", "Quillon Labs:company"},
       {"Amir Haddad works-for Quillon Labs", "Kenji Sato works-for Quillon Labs", "Maria Lopez works-for Quillon Labs"}},
      {"Gegründet hatte Fernwerk Robotics der Ingenieur Paul Weber.",
       {"Fernwerk Robotics:company", "Paul Weber:person"},
       {"Paul Weber works-for Fernwerk Robotics"}},
      {"Wir trafen Orrery, a London-based start-up.",
       {"Großbritannien:country", "Orrery:company"},
       {"Orrery based-in Großbritannien"}},
      // "die" after a comma opens a relative clause, not an apposition.
      {"Die Kommission hat eine Taskforce eingerichtet, die sich mit Chatbots befasst.",
       {},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("appointments, models introduced with 'mit', relative founders, owned appositions, fronted investments") {
  const Case cases[] = {
      {"Siemens hat die frühere Google-Managerin Laura Becker zur Leiterin seines KI-Labors ernannt.",
       {"Google:company", "Laura Becker:person", "Siemens:company"},
       {"Laura Becker works-for Google", "Laura Becker works-for Siemens"}},  // a former role counts too
      {"Im Sommer holte Meta den Forscher Amir Haddad zu Scale AI.",
       {"Amir Haddad:person", "Meta:company", "Scale AI:company"},
       {"Amir Haddad works-for Scale AI"}},
      {"Zhipu hat mit GLM-5 ein neues offenes Sprachmodell im Angebot.",
       {"GLM-5:model", "Zhipu:company"},
       {"GLM-5 developed-by Zhipu"}},
      {"StepFun, das Jiang Daxin nach seinem Abschied von Microsoft gründete, wächst.",
       {"Jiang Daxin:person", "Microsoft:company", "StepFun:company"},
       {"Jiang Daxin works-for StepFun"}},
      {"Wir sprachen über 01.AI, das Start-up des Investors Kai-Fu Lee.",
       {"01.AI:company", "Kai-Fu Lee:person"},
       {"Kai-Fu Lee works-for 01.AI"}},
      {"Die Firma Tessel Labs baut Sensoren. Investiert haben bislang Siemens und der Fonds Nordstern Capital.",
       {"Nordstern Capital:company", "Siemens:company", "Tessel Labs:company"},
       {"Tessel Labs funded-by Nordstern Capital", "Tessel Labs funded-by Siemens"}},
      {"Das Start-up Vantor Labs hat 20 Millionen Euro eingesammelt. Angeführt wurde sie vom Fonds Nordstern Capital.",
       {"Nordstern Capital:company", "Vantor Labs:company"},
       {"Vantor Labs funded-by Nordstern Capital"}},
      {"Jonas Weber verlässt SAP und wird CTO beim Start-up Quantix AI.",
       {"Jonas Weber:person", "Quantix AI:company", "SAP:company"},
       {"Jonas Weber works-for Quantix AI"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("restricters in a list, products of a country, partners after 'mit', relative clauses, cities before verbs") {
  const Case cases[] = {
      {"Australien und Taiwan verboten die Nutzung von DeepSeek auf Dienstgeräten.",
       {"Australien:country", "DeepSeek:company", "Taiwan:country"},
       {"DeepSeek restricted-by Australien", "DeepSeek restricted-by Taiwan"}},
      {"Italien sperrt einen chinesischen Chatbot.",
       {"China:country", "Italien:country"},
       {}},
      {"Die USA verhängen Sanktionen gegen chinesische Chiphersteller.",
       {"China:country", "USA:country"},
       {"China restricted-by USA"}},
      {"Das Pariser Start-up Lumiq AI, das mit OpenAI und Anthropic konkurriert, hat 50 Millionen Euro eingesammelt, angeführt vom Investor Lakestar.",
       {"Anthropic:company", "Frankreich:country", "Lakestar:company", "Lumiq AI:company", "OpenAI:company"},
       {"Lumiq AI based-in Frankreich", "Lumiq AI competes-with Anthropic", "Lumiq AI competes-with OpenAI", "Lumiq AI funded-by Lakestar"}},
      {"In November, a court in Munich ruled that OpenAI had infringed copyright.",
       {"OpenAI:company"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("leaders in passives, stakes written both ways, investors in, English names before model nouns") {
  const Case cases[] = {
      {"Geführt wird das Start-up Quantix AI von Peng Xiao.",
       {"Peng Xiao:person", "Quantix AI:company"},
       {"Peng Xiao works-for Quantix AI"}},
      {"Beteiligt ist MGX unter anderem an OpenAI und an Mistral AI.",
       {"MGX:company", "Mistral AI:company", "OpenAI:company"},
       {"Mistral AI funded-by MGX", "OpenAI funded-by MGX"}},
      {"Die Qatar Investment Authority ist zwar an Anthropic beteiligt.",
       {"Anthropic:company", "Qatar Investment Authority:company"},
       {"Anthropic funded-by Qatar Investment Authority"}},
      {"Google is also an investor in Anthropic.",
       {"Anthropic:company", "Google:company"},
       {"Anthropic funded-by Google"}},
      {"Amazon unveiled its Orca foundation models on Tuesday.",
       {"Amazon:company", "Orca:model"},
       {"Orca developed-by Amazon"}},
      {"ElevenLabs wächst; zu den Investoren zählen Sequoia und Iconiq.",
       {"ElevenLabs:company", "Iconiq:company", "Sequoia:company"},
       {"ElevenLabs funded-by Iconiq", "ElevenLabs funded-by Sequoia"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("rankings and races as rivalry, sizes after versions, rivals after a noun, full names over prefixes") {
  const Case cases[] = {
      {"Damit liegt Codestral 3 knapp vor Qwen3-Coder von Alibaba.",
       {"Alibaba:company", "Codestral 3:model", "Qwen3-Coder:model"},
       {"Codestral 3 competes-with Qwen3-Coder", "Qwen3-Coder developed-by Alibaba"}},
      {"Tinka-3B outperforms Meta's Llama 3.2 3B on reading tasks.",
       {"Llama 3.2 3B:model", "Meta:company", "Tinka-3B:model"},
       {"Llama 3.2 3B competes-with Tinka-3B", "Llama 3.2 3B developed-by Meta"}},
      {"Im Rennen um Industriekunden trifft Aleph Alpha vor allem auf Mistral AI.",
       {"Aleph Alpha:company", "Mistral AI:company"},
       {"Aleph Alpha competes-with Mistral AI"}},
      {"Helsing, which competes with the rivals Anduril and Palantir, grows.",
       {"Anduril:company", "Helsing:company", "Palantir:company"},
       {"Anduril competes-with Helsing", "Helsing competes-with Palantir"}},
      // "Meta-Forscherin" names Meta only as a modifier: the next "Das Start-up" is Sable Labs.
      {"Die Meta-Forscherin Ana Ruiz hat das Start-up Sable Labs gegründet. Das Start-up sitzt in Paris.",
       {"Ana Ruiz:person", "Frankreich:country", "Meta:company", "Sable Labs:company"},
       {"Ana Ruiz works-for Meta", "Ana Ruiz works-for Sable Labs", "Sable Labs based-in Frankreich"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("models in appositions, in-house models, possessives of the text's company, models named after local companies") {
  const Case cases[] = {
      {"Kling 2.5 Turbo, das jüngste Modell des Konzerns Kuaishou, führt.",
       {"Kling 2.5 Turbo:model", "Kuaishou:company"},
       {"Kling 2.5 Turbo developed-by Kuaishou"}},
      {"Meta-Chef Mark Zuckerberg gründete das Labor, nachdem das hauseigene Modell Llama 4 enttäuscht hatte.",
       {"Llama 4:model", "Mark Zuckerberg:person", "Meta:company"},
       {"Llama 4 developed-by Meta", "Mark Zuckerberg works-for Meta"}},
      {"Am meisten Aufmerksamkeit bekommt Apple. Für die neue Version seines Sprachassistenten Siri zahlt der Konzern.",
       {"Apple:company", "Siri:model"},
       {"Siri developed-by Apple"}},
      {"Das Start-up Vayu Labs baut Sprachmodelle. Das Flaggschiff Vayu-13B ist frei verfügbar.",
       {"Vayu Labs:company", "Vayu-13B:model"},
       {"Vayu-13B developed-by Vayu Labs"}},
      {"Runway Gen-4 erzeugt bessere Videos.",
       {"Runway:company", "Runway Gen-4:model"},
       {"Runway Gen-4 developed-by Runway"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("rounds led 'von' an investor, named versions of local companies, 'in <city> ansässig', numbered appositions") {
  const Case cases[] = {
      {"Das Start-up Parallax baut Sensoren. Angeführt wird die Runde von Accel.",
       {"Accel:company", "Parallax:company"},
       {"Parallax funded-by Accel"}},
      {"Das Start-up Parallax wächst. Parallax bietet mit Parallax Forge 4 einen Coding-Agenten an.",
       {"Parallax:company", "Parallax Forge 4:model"},
       {"Parallax Forge 4 developed-by Parallax"}},
      {"Auch Sarvam AI, ebenfalls in Bengaluru ansässig, wirbt um Kunden.",
       {"Indien:country", "Sarvam AI:company"},
       {"Sarvam AI based-in Indien"}},
      {"We visited Kinnear Labs, a 20-person London start-up.",
       {"Großbritannien:country", "Kinnear Labs:company"},
       {"Kinnear Labs based-in Großbritannien"}},
      {"Laut Alibaba übertrifft Qwen3 das Modell Llama 4 deutlich.",
       {"Alibaba:company", "Llama 4:model", "Qwen3:model"},
       {"Llama 4 competes-with Qwen3"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("a company role after a sentence about one company") {
  const Case cases[] = {
      {"Der Halbleiterkonzern Mediatek meldet Rekordumsätze. Geschäftsführer Rick Tsai sprach von Rückenwind.",
       {"Mediatek:company", "Rick Tsai:person"},
       {"Rick Tsai works-for Mediatek"}},
      // Two companies before: whose role it is stays open.
      {"Mediatek und Qualcomm melden Rekorde. Geschäftsführer Rick Tsai sprach von Rückenwind.",
       {"Mediatek:company", "Qualcomm:company", "Rick Tsai:person"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("places opening a sentence, hyphenated surnames before punctuation, KI as a name suffix") {
  const Case cases[] = {
      {"Aus Paris kommt Kyutai, ein gemeinnütziges Labor.",
       {"Frankreich:country", "Kyutai:company"},
       {"Kyutai based-in Frankreich"}},
      {"In Vietnam hat das Start-up Saola AI ein Modell vorgestellt.",
       {"Saola AI:company", "Vietnam:country"},
       {"Saola AI based-in Vietnam"}},
      {"Das sagte Noa Ben-Haim, die Chefin von Refa Health.",
       {"Noa Ben-Haim:person", "Refa Health:company"},
       {"Noa Ben-Haim works-for Refa Health"}},
      {"Die Nordstern KI GmbH mit Sitz in Frankfurt betreibt Rechenzentren für Sprach-KI.",
       {"Deutschland:country", "Nordstern KI GmbH:company"},
       {"Nordstern KI GmbH based-in Deutschland"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("employers named after a role in an apposition, founders with study roles") {
  const Case cases[] = {
      {"Das sagt Priya Natarajan, Analystin bei Forrester.",
       {"Forrester:company", "Priya Natarajan:person"},
       {"Priya Natarajan works-for Forrester"}},
      {"Er sprach bei der Vorstellung des Modells.",
       {},
       {}},
      {"Pika, gegründet von den früheren Stanford-Doktorandinnen Demi Guo und Chenlin Meng, wächst.",
       // the university of a role compound is an organisation too
       {"Chenlin Meng:person", "Demi Guo:person", "Pika:company", "Stanford:company"},
       {"Chenlin Meng works-for Pika", "Demi Guo works-for Pika", "Demi Guo works-for Stanford"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("participants after a leader, verb-final sources, the sentence's own company raising") {
  const Case cases[] = {
      {"Das Start-up Isarion AI baut Modelle. Angeführt wird die Runde vom Fonds General Catalyst; beteiligt sind außerdem SAP und Siemens.",
       {"General Catalyst:company", "Isarion AI:company", "SAP:company", "Siemens:company"},
       {"Isarion AI funded-by General Catalyst", "Isarion AI funded-by SAP", "Isarion AI funded-by Siemens"}},
      {"Der Chipentwickler Cerebras hat eine Finanzierungsrunde abgeschlossen; angeführt wurde sie von Fidelity.",
       {"Cerebras:company", "Fidelity:company"},
       {"Cerebras funded-by Fidelity"}},
      {"Der Hersteller 1X hat dafür Geld vom OpenAI Startup Fund und von EQT Ventures erhalten.",
       {"1X:company", "EQT Ventures:company", "OpenAI Startup Fund:company"},
       {"1X funded-by EQT Ventures", "1X funded-by OpenAI Startup Fund"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("a pronoun stands for the restricter of the sentence before") {
  const Case cases[] = {
      {"Die italienische Datenschutzbehörde hat die App DeepSeek gesperrt. Im Frühjahr 2023 sperrte sie ChatGPT von OpenAI.",
       {"ChatGPT:model", "DeepSeek:company", "Italien:country", "OpenAI:company"},
       {"ChatGPT developed-by OpenAI", "ChatGPT restricted-by Italien", "DeepSeek restricted-by Italien"}},
      {"Im Frühjahr 2023 sperrte sie ChatGPT.",
       {"ChatGPT:model"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("a leader of a company's unit works for the company") {
  const Case cases[] = {
      {"Rohit Prasad, who leads Amazon's artificial general intelligence team, spoke.",
       {"Amazon:company", "Rohit Prasad:person"},
       {"Rohit Prasad works-for Amazon"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("'Er' opening a sentence is the one person of the sentence before") {
  const Case cases[] = {
      {"Mateusz Kowalczyk verlässt Parallax Labs. Er wechselt zu Anthropic.",
       {"Anthropic:company", "Mateusz Kowalczyk:person", "Parallax Labs:company"},
       {"Mateusz Kowalczyk works-for Anthropic"}},
      {"Jan Berg und Tim Roth verlassen SAP. Er wechselt zu Anthropic.",
       {"Anthropic:company", "Jan Berg:person", "SAP:company", "Tim Roth:person"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("names listed after a plural head, investors before a verb-final 'investiert', rounds led by") {
  const Case cases[] = {
      {"Das Start-up Korvane wächst. Finanziert wird Korvane von den Großbanken Halvor, Brisk und Ostara.",
       {"Brisk:company", "Halvor:company", "Korvane:company", "Ostara:company"},
       {"Korvane funded-by Brisk", "Korvane funded-by Halvor", "Korvane funded-by Ostara"}},
      {"Das Start-up Lindqvist AI wächst. In einer Finanzierungsrunde haben der Fonds Torvik Capital und die Bank Meridal investiert.",
       {"Lindqvist AI:company", "Meridal:company", "Torvik Capital:company"},
       {"Lindqvist AI funded-by Meridal", "Lindqvist AI funded-by Torvik Capital"}},
      {"Das Start-up Lindqvist AI wächst. In der Stadt haben der Fonds Torvik Capital und die Bank Meridal investiert.",
       {"Lindqvist AI:company", "Meridal:company", "Torvik Capital:company"},
       {}},
      {"Das Start-up Tamsin AI sammelt Geld ein. Angeführt hat die Runde Harrow Peak Capital, ein Fonds aus Singapur.",
       {"Harrow Peak Capital:company", "Singapur:country", "Tamsin AI:company"},
       {"Harrow Peak Capital based-in Singapur", "Tamsin AI funded-by Harrow Peak Capital"}},
      {"Pune-based Corvia Labs closed a round this month. It was led by Brightwater Ventures, with participation from Ostrander Capital.",
       {"Brightwater Ventures:company", "Corvia Labs:company", "Indien:country", "Ostrander Capital:company"},
       {"Corvia Labs based-in Indien", "Corvia Labs funded-by Brightwater Ventures", "Corvia Labs funded-by Ostrander Capital"}},
      {"Corvia Labs, led by Sarah Haddad, is growing.",
       {"Sarah Haddad:person", "Corvia Labs:company"},
       {"Sarah Haddad works-for Corvia Labs"}},
      {"In der Stadt haben wir gewonnen.", {}, {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("country adjectives before a role, rounds led by an investor, currencies and nouns are no names") {
  const Case cases[] = {
      {"The start-up Kattegat AI builds models. Kattegat's seed round was led by the Danish investor Novo Holdings.",
       {"Dänemark:country", "Kattegat AI:company", "Novo Holdings:company"},
       {"Kattegat AI funded-by Novo Holdings", "Novo Holdings based-in Dänemark"}},
      {"Die Seed-Runde von Brennwald Labs führte 2024 der US-Investor Oakridge Capital an.",
       {"Brennwald Labs:company", "Oakridge Capital:company", "USA:country"},
       {"Brennwald Labs funded-by Oakridge Capital", "Oakridge Capital based-in USA"}},
      {"Mistral führt die Rangliste an.", {"Mistral:company"}, {}},
      {"Das Start-up Velaro AI wächst nach holprigem Start. Das Unternehmen sammelte 20 Millionen US-Dollar ein.",
       {"Velaro AI:company"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("pronouns for the text's company ('Ihr Modell X', 'stellte sie X vor') and acronyms before model heads") {
  const Case cases[] = {
      {"Amira Haddad führt das Start-up Velaro AI.",
       {"Amira Haddad:person", "Velaro AI:company"},
       {"Amira Haddad works-for Velaro AI"}},
      {"Das Start-up Velaro AI aus Tunis wächst. Ihr Modell Sahel 2.1 schlägt Llama.",
       {"Llama:model", "Sahel 2.1:model", "Tunesien:country", "Velaro AI:company"},
       {"Sahel 2.1 competes-with Llama", "Sahel 2.1 developed-by Velaro AI", "Velaro AI based-in Tunesien"}},
      {"Das Start-up Velaro AI wächst. Im Sommer stellte sie Sahel-2 vor.",
       {"Sahel-2:model", "Velaro AI:company"},
       {"Sahel-2 developed-by Velaro AI"}},
      {"Das Start-up Velaro AI wächst. Im Sommer stellte sie Sahel-2 nicht vor.",
       {"Sahel-2:model", "Velaro AI:company"},
       {}},
      {"Velaro AI, das die VLR-Modelle entwickelt, wächst.",
       {"VLR:model", "Velaro AI:company"},
       {"VLR developed-by Velaro AI"}},
      {"Viele KI-Modelle und LLM-Modelle brauchen DRAM-Chips.", {}, {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("'She joined X' after a sentence about her, founders fronted with a pronoun for the latest company") {
  const Case cases[] = {
      {"Aino Lehtonen left Silo AI in the autumn. She joined Mistral AI in Paris.",
       {"Aino Lehtonen:person", "Mistral AI:company", "Silo AI:company"},
       {"Aino Lehtonen works-for Mistral AI"}},
      {"Das Start-up Brennwald Labs wächst. Gegründet haben es 2024 die Ingenieurin Henrike Vogt und der Chiparchitekt Rajesh Iyer.",
       {"Brennwald Labs:company", "Henrike Vogt:person", "Rajesh Iyer:person"},
       {"Henrike Vogt works-for Brennwald Labs", "Rajesh Iyer works-for Brennwald Labs"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("owners of a company phrase, money sources and investor copulas, an app's country") {
  const Case cases[] = {
      {"Das Start-up Amagumo AI wächst. Das Start-up des Ingenieurs Kenji Morimoto und der Informatikerin Yasmin El-Sayed wächst.",
       {"Amagumo AI:company", "Kenji Morimoto:person", "Yasmin El-Sayed:person"},
       {"Kenji Morimoto works-for Amagumo AI", "Yasmin El-Sayed works-for Amagumo AI"}},
      {"Das Start-up Amagumo AI wächst. Geld kam zuletzt von der Regionalbank Fukuoka Financial Group.",
       {"Amagumo AI:company", "Fukuoka Financial Group:company"},
       {"Amagumo AI funded-by Fukuoka Financial Group"}},
      {"Der Konzern Halvor Capital investiert viel. Sein Konzern ist einer der größten Geldgeber von Brennwald Labs.",
       {"Brennwald Labs:company", "Halvor Capital:company"},
       {"Brennwald Labs funded-by Halvor Capital"}},
      {"Apple sperrt die chinesische App Lumora.",
       {"Apple:company", "China:country", "Lumora:model"},
       {"Lumora restricted-by Apple"}},
      {"Aus Singapur meldet sich das Start-up Tembusu AI.",
       {"Singapur:country", "Tembusu AI:company"},
       {"Tembusu AI based-in Singapur"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("versions of a text's own model, a model after a comma, lowercase model names, coordinated releases") {
  const Case cases[] = {
      {"Das KI-Labor Kyutai hat sein Übersetzungsmodell Hibiki veröffentlicht. Hibiki 2 übersetzt live.",
       {"Hibiki 2:model", "Hibiki:model", "Kyutai:company"},
       {"Hibiki developed-by Kyutai"}},
      {"Das Start-up Kattegat AI baut Modelle. In January it released its second model, Skarv 2.",
       {"Kattegat AI:company", "Skarv 2:model"},
       {"Skarv 2 developed-by Kattegat AI"}},
      {"Halvor Labs hat halvor-7b und halvor-mini-2 veröffentlicht.",
       {"Halvor Labs:company", "halvor-7b:model", "halvor-mini-2:model"},
       {"halvor-7b developed-by Halvor Labs", "halvor-mini-2 developed-by Halvor Labs"}},
      {"Der 5-jährige Plan gilt seit covid-19.", {}, {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("rivals named with a pronoun or opening a sentence are rivals of the latest company") {
  const Case cases[] = {
      {"Das Start-up Velaro AI wächst. Its main rivals are Runway and Pika.",
       {"Pika:company", "Runway:company", "Velaro AI:company"},
       {"Pika competes-with Velaro AI", "Runway competes-with Velaro AI"}},
      {"Das Start-up Velaro AI wächst. Die größten Wettbewerber sind Unitree und UBTech.",
       {"UBTech:company", "Unitree:company", "Velaro AI:company"},
       {"UBTech competes-with Velaro AI", "Unitree competes-with Velaro AI"}},
      {"Das Start-up Velaro AI hat das Modell Sahel-2 vorgestellt. Kling 2.1 and Veo 3 are its main rivals.",
       {"Kling 2.1:model", "Sahel-2:model", "Velaro AI:company", "Veo 3:model"},
       {"Sahel-2 developed-by Velaro AI"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("a leader role with the sentence's one company before it, or with none right after a sentence about one") {
  const Case cases[] = {
      {"Lovable raised 200 million dollars, said CEO Anton Osika.",
       {"Anton Osika:person", "Lovable:company"},
       {"Anton Osika works-for Lovable"}},
      {"Das Start-up Lindwurm Labs wächst. Mitgründerin und CEO ist die Informatikerin Amara Okonkwo.",
       {"Amara Okonkwo:person", "Lindwurm Labs:company"},
       {"Amara Okonkwo works-for Lindwurm Labs"}},
      {"Gründerin Amara Okonkwo sieht Physical Intelligence vorne.",
       {"Amara Okonkwo:person", "Physical Intelligence:company"},
       {}},
      {"Die Analystin Sarah Kim sagt, OpenAI sei stark.",
       {"OpenAI:company", "Sarah Kim:person"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("hyphenated first names, names after a fronted founding verb, employers in relative clauses and verb-final") {
  const Case cases[] = {
      {"Gegründet wurde Celestra von Jonas Albrecht und Mei-Ling Huang.",
       {"Celestra:company", "Jonas Albrecht:person", "Mei-Ling Huang:person"},
       {"Jonas Albrecht works-for Celestra", "Mei-Ling Huang works-for Celestra"}},
      {"Gegründet wurde das Start-up 2020.", {}, {}},
      {"Rafael Mendoza-Vogt, der bis 2022 Technikvorstand bei SAP war, wechselt.",
       {"Rafael Mendoza-Vogt:person", "SAP:company"},
       {"Rafael Mendoza-Vogt works-for SAP"}},
      {"Anna Huang, die bei Google einkauft, lobt OpenAI.",
       {"Anna Huang:person", "Google:company", "OpenAI:company"},
       {}},
      {"Mateus Carvalho hatte zuvor sechs Jahre bei Nvidia an Compilern gearbeitet.",
       {"Mateus Carvalho:person", "Nvidia:company"},
       {"Mateus Carvalho works-for Nvidia"}},
      {"Das Start-up Arvanta Labs wächst. Gemeinsam mit Mateus Carvalho und Sun Jiahao gründete sie im Frühjahr 2024 Arvanta Labs.",
       {"Arvanta Labs:company", "Mateus Carvalho:person", "Sun Jiahao:person"},
       {"Mateus Carvalho works-for Arvanta Labs", "Sun Jiahao works-for Arvanta Labs"}},
      {"Anna Huang leitete beim Heidelberger KI-Unternehmen Aleph Alpha das Team.",
       {"Aleph Alpha:company", "Anna Huang:person", "Deutschland:country"},
       {"Aleph Alpha based-in Deutschland", "Anna Huang works-for Aleph Alpha"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("products named after a company's first word, 'der Meta-Chef' for the person of the sentence before") {
  const Case cases[] = {
      {"Das Start-up Tessera AI wächst. Tessera darf seine Modelle Tessera Vox 2 und Tessera Lex weiter anbieten.",
       {"Tessera AI:company", "Tessera Lex:model", "Tessera Vox 2:model"},
       {"Tessera Lex developed-by Tessera AI", "Tessera Vox 2 developed-by Tessera AI"}},
      {"Corvid Labs launched a family. Corvid 3 Nano is small.",
       {"Corvid 3 Nano:model", "Corvid Labs:company"},
       {"Corvid 3 Nano developed-by Corvid Labs"}},
      {"Das Start-up Quillon AI wächst. Quillon Anna sagt das.", {"Quillon AI:company"}, {}},
      {"Mark Zuckerberg greift zum Scheckbuch. Seit Wochen telefoniert der Meta-Chef mit Forschern.",
       {"Mark Zuckerberg:person", "Meta:company"},
       {"Mark Zuckerberg works-for Meta"}},
      {"Mark Zuckerberg und Sam Altman sprachen. Seit Wochen telefoniert der Meta-Chef mit Forschern.",
       {"Mark Zuckerberg:person", "Meta:company", "Sam Altman:person"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("'verliert X an Y' and a relative clause leading a company's unit") {
  const Case cases[] = {
      {"Veridian Labs verliert seinen Mitgründer Tomasz Wierzbicki an Meta.",
       {"Meta:company", "Tomasz Wierzbicki:person", "Veridian Labs:company"},
       {"Tomasz Wierzbicki works-for Meta"}},
      {"Mustafa Suleyman, der heute Microsofts KI-Sparte leitet, spricht.",
       {"Microsoft:company", "Mustafa Suleyman:person"},
       {"Mustafa Suleyman works-for Microsoft"}},
      {"Mustafa Suleyman, der Microsofts Sparte nicht leitet, spricht.",
       {"Microsoft:company", "Mustafa Suleyman:person"},
       {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("separable 'einsteigen': the subject funds the company after 'bei', or the investors fund the text's company") {
  const Case cases[] = {
      {"Die italienische Regierung steigt mit 300 Millionen Euro bei dem Mailänder Start-up Lumen Cognitiva ein.",
       {"Italien:country", "Lumen Cognitiva:company"},
       {"Lumen Cognitiva based-in Italien", "Lumen Cognitiva funded-by Italien"}},
      {"Das Start-up Lumen Cognitiva wächst. Neben dem Staat steigen auch die Großbank Intesa Sanpaolo und der Fonds Ardesia Capital ein.",
       {"Ardesia Capital:company", "Intesa Sanpaolo:company", "Lumen Cognitiva:company"},
       {"Lumen Cognitiva funded-by Ardesia Capital", "Lumen Cognitiva funded-by Intesa Sanpaolo"}},
      {"Microsoft steigt bei OpenAI nicht ein.", {"Microsoft:company", "OpenAI:company"}, {}},
      {"Der Umsatz von OpenAI steigt stark.", {"OpenAI:company"}, {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("investors in a relative clause or after an opening 'An X', lists past a genitive and compound adjectives") {
  const Case cases[] = {
      {"Scale AI, in den Meta zuvor gut 14 Milliarden Dollar gesteckt hatte, wächst.",
       {"Meta:company", "Scale AI:company"},
       {"Scale AI funded-by Meta"}},
      {"Mistral AI, an dem Microsoft nicht beteiligt ist, wächst.", {"Microsoft:company", "Mistral AI:company"}, {}},
      {"An Sprachwerk AI ist SAP über seinen Wagniskapitalarm Sapphire Ventures beteiligt.",
       {"SAP:company", "Sapphire Ventures:company", "Sprachwerk AI:company"},
       {"Sprachwerk AI funded-by SAP"}},
      {"The start-up Yarn Labs raised money. The round was led by Accel, with participation from Google's AI-focused fund Gradient Ventures.",
       {"Accel:company", "Google:company", "Gradient Ventures:company", "Yarn Labs:company"},
       {"Yarn Labs funded-by Accel", "Yarn Labs funded-by Gradient Ventures"}},
      {"Aylin Demirtaş, die bei SAP das Produktmanagement für Joule leitet, sagt das.",
       {"Aylin Demirtaş:person", "SAP:company"},
       {"Aylin Demirtaş works-for SAP"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("'South Africa-based X', 'US chipmaker X' and 'X, the Accel partner'") {
  const Case cases[] = {
      {"The rival is South Africa-based Lelapa AI.",
       {"Lelapa AI:company", "Südafrika:country"},
       {"Lelapa AI based-in Südafrika"}},
      {"The deal with US chipmaker AMD and US start-up Replit.",
       {"AMD:company", "Replit:company", "USA:country"},
       {"AMD based-in USA", "Replit based-in USA"}},
      {"In den USA Unternehmen wie Groq zu gründen ist leicht.", {"Groq:company", "USA:country"}, {}},
      {"Priya Venkataraman, the Accel partner who led the deal, said so.",
       {"Accel:company", "Priya Venkataraman:person"},
       {"Priya Venkataraman works-for Accel"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("first names after a company head start a company, leader lists, nouns before roles, verb-final 'geleitet'") {
  const Case cases[] = {
      {"Maximilian Eder, Partner bei der Unternehmensberatung Roland Berger, sagt das.",
       {"Maximilian Eder:person", "Roland Berger:company"},
       {"Maximilian Eder works-for Roland Berger"}},
      {"Der Investor Peter Thiel lacht.", {"Peter Thiel:person"}, {}},
      {"Das Start-up Sprachwerk AI wächst. Die Gründer Tobias Reinholz und Mariam Osei-Berger lachen.",
       {"Mariam Osei-Berger:person", "Sprachwerk AI:company", "Tobias Reinholz:person"},
       {"Mariam Osei-Berger works-for Sprachwerk AI", "Tobias Reinholz works-for Sprachwerk AI"}},
      {"Dazu kommt der Infrastruktur-Spezialist Kwame Mensah-Bonsu.", {"Kwame Mensah-Bonsu:person"}, {}},
      {"Anna Huang hat bis zum Frühjahr bei Google DeepMind in London ein Team geleitet.",
       {"Anna Huang:person", "Google DeepMind:company"},
       {"Anna Huang works-for Google DeepMind"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("'es' before a comparison, with no model before it, is the model named last") {
  const Case cases[] = {
      {"Mistral hat Codestral 3 vorgestellt. Damit liegt es knapp vor Qwen3-Coder.",
       {"Codestral 3:model", "Mistral:company", "Qwen3-Coder:model"},
       {"Codestral 3 competes-with Qwen3-Coder", "Codestral 3 developed-by Mistral"}},
      {"Mistral hat Codestral 3 vorgestellt. Damit liegt es nicht vor Qwen3-Coder.",
       {"Codestral 3:model", "Mistral:company", "Qwen3-Coder:model"},
       {"Codestral 3 developed-by Mistral"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("restrictions: a list appended with 'darunter', a country opening the sentence far from the verb") {
  const Case cases[] = {
      {"Das amerikanische Handelsministerium hat weitere Unternehmen auf seine Entity List gesetzt, darunter das Start-up Qingyun Zhineng.",
       {"Qingyun Zhineng:company", "USA:country"},
       {"Qingyun Zhineng restricted-by USA"}},
      {"In Südkorea hatte die Datenschutzkommission PIPC neue Downloads der DeepSeek-App im Februar gestoppt.",
       {"DeepSeek:company", "Südkorea:country"},
       {"DeepSeek restricted-by Südkorea"}},
      {"In China werden Chatbots zensiert, wie Reuters berichtet.", {"China:country", "Reuters:company"}, {}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("a sentence with a single name relates it to the one the text named last") {
  const Case cases[] = {
      {"Das Start-up Velaro AI wächst. Sein größter Rivale ist Runway.",
       {"Runway:company", "Velaro AI:company"},
       {"Runway competes-with Velaro AI"}},
      {"Die italienische Datenschutzbehörde hat die App DeepSeek gesperrt. Im Frühjahr 2023 sperrte sie ChatGPT.",
       {"ChatGPT:model", "DeepSeek:company", "Italien:country"},
       {"ChatGPT restricted-by Italien", "DeepSeek restricted-by Italien"}},
      {"Mark Zuckerberg greift zu. Seit Wochen telefoniert der Meta-Chef mit Forschern.",
       {"Mark Zuckerberg:person", "Meta:company"},
       {"Mark Zuckerberg works-for Meta"}},
  };
  for (const Case& c : cases) CheckCase(c);
}

}  // namespace kg
