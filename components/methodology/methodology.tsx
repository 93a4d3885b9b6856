// /methodology: how every number on the site is made. Each section's id is in lib/view/url/methodology-anchors.ts, which
// the charts' source lines link to.
import type { ReactNode } from "react";
import { BREAK_CADENCE, BREAK_DAYS } from "@/lib/view/chart/data";
import { ARENA_BOARD_PREFIX, boardInfo, DEFAULT_BOARD, KNOWN_BOARDS } from "@/lib/boards/info";
import { METHOD_CHANGES } from "@/lib/boards/method-changes";
import { boardSource, CITATION, SOURCE_FACTS, type Prose } from "@/lib/boards/upstreams";
import { RECONCILIATION, type Reconciliation } from "@/lib/boards/reconciliation";
import { ORGANIZATIONS } from "@/lib/attribution/registry";
import { ContestedCases } from "./contested-cases";
import { metricSectionId, SECTION_IDS, sourceSectionId } from "@/lib/view/url/methodology-anchors";
import { ConcentrationRule, DataCaveatsTable } from "./data-quality";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Term({ id, name, children }: { id: string; name: string; children: ReactNode }) {
  return (
    <div id={id} className="scroll-mt-4">
      <dt className="font-semibold">{name}</dt>
      <dd className="mb-3 ml-4">{children}</dd>
    </div>
  );
}

const link = "underline";

function ProseParts({ parts }: { parts: Prose }) {
  return parts.map((p, i) =>
    typeof p === "string" ? p : "code" in p ? <code key={i}>{p.code}</code> : <strong key={i}>{p.strong}</strong>,
  );
}

/**
 * The other curated boards a source feeds (LMArena's other arenas, each a config of the same dataset), each with its
 * own anchor, which its charts' source lines link to.
 */
function SiblingBoards({ of }: { of: (typeof SOURCE_FACTS)[number] }) {
  const siblings = KNOWN_BOARDS.filter((b) => b !== of.board && of.board !== null && boardSource(b) === of);
  if (siblings.length === 0) return null;
  return (
    <>
      <p>
        The dataset holds each arena as a config of its own, with the same columns, and each is a board here, named{" "}
        <code>{ARENA_BOARD_PREFIX}</code> and the config&apos;s name. A config upstream adds later becomes a board the
        same way, with no change to the code, and is described by this entry. Besides the one above:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {siblings.map((b) => (
          <li key={b} id={sourceSectionId(b)} className="scroll-mt-4">
            <strong>{boardInfo(b).name}</strong> (<code>{b}</code>): {boardInfo(b).source}.
          </li>
        ))}
      </ul>
    </>
  );
}

/** What style control removes, and where the atlas offers it (the board's pair is read from its facts). */
function StyleControl() {
  const plain = boardInfo(DEFAULT_BOARD);
  const styled = plain.styleControlVariant === null ? null : boardInfo(plain.styleControlVariant);
  if (styled === null) return null;
  return (
    <Section id={SECTION_IDS.styleControl} title="Style control">
      <p>
        An arena rating is fitted to the votes of people who compare two anonymous answers and pick the better one. How
        an answer looks sways those votes as well as what it says: long answers, markdown headers, bulleted lists and
        bold text tend to win more often than the same content put plainly. A plain rating counts all of that as
        strength.
      </p>
      <p>
        <strong>Style control</strong> fits the same model of the votes with those traits as extra explanatory
        variables: for each battle, the difference between the two answers in length, number of headers, number of list
        items and amount of bold text. The fit gives each trait its own weight, so the part of a preference that the
        presentation explains goes to the traits, and a model&apos;s style-controlled rating is what is left: how well
        it does once its answers are weighed as if they were styled alike. A model that wins by writing long, heavily
        formatted answers loses points under style control; a terse one can gain, and the leader of a day can change
        (the{" "}
        <a className={link} href={`#${SECTION_IDS.reconciliation}`}>
          comparison with lmarena.ai
        </a>{" "}
        below gives an example).
      </p>
      <p>
        lmarena.ai has shown style-controlled ratings by default since 2025. Here the two are separate boards of the
        same arena: the {plain.name} (<code>{plain.slug}</code>) holds the plain ratings and stays the default, so every
        address made before keeps its meaning, and the {styled.name} (<code>{styled.slug}</code>, upstream&apos;s config{" "}
        <code>text_style_control</code>) holds the style-controlled ones, from its first archived snapshot (February
        2025) on. On the dashboard, <em>Plain ratings / Style control</em> switches between them and keeps the rest of
        the view; an address without it means plain ratings. In the API, ask for <code>board={styled.slug}</code>;{" "}
        <code>/api/v1/boards</code> relates each board to its variant (<code>styleControlVariant</code>,{" "}
        <code>plainVariant</code>). Both boards rate the same battles with different models of the votes: compare
        countries within one board, never a score of one board with a score of the other.
      </p>
    </Section>
  );
}

export function Methodology() {
  const toc: [string, string][] = [
    [SECTION_IDS.sources, "Sources and licences"],
    [SECTION_IDS.styleControl, "Style control"],
    [SECTION_IDS.ranks, "What a rank means"],
    [SECTION_IDS.metrics, "Metrics"],
    [SECTION_IDS.attribution, "Attribution: which country a model counts for"],
    [SECTION_IDS.concentration, "When one account carries a country"],
    [SECTION_IDS.lenses, "Prompt categories and lenses"],
    [SECTION_IDS.caveats, "Known caveats"],
    [SECTION_IDS.reconciliation, "Why figures differ from lmarena.ai and the AI Index"],
    [SECTION_IDS.events, "Event markers on the charts"],
    [SECTION_IDS.milestones, "Country milestones"],
    [SECTION_IDS.cite, "How to cite"],
  ];
  return (
    <article className="prose-sm max-w-3xl space-y-10 text-sm leading-relaxed">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Methodology</h1>
        <p>
          How Leaderboard Atlas turns public leaderboards (LMArena&apos;s arenas and the retired Open LLM Leaderboard)
          into country comparisons: where the data comes from, what each number means, how a model is given a country,
          and what to keep in mind when reading a chart.
        </p>
        <nav aria-label="On this page">
          <ul className="list-disc pl-5">
            {toc.map(([id, label]) => (
              <li key={id}>
                <a className={link} href={`#${id}`}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <Section id={SECTION_IDS.sources} title="Sources and licences">
        <p>
          Every number comes from a public dataset, read through the Hugging Face Hub (or a mirror of it laid out at the
          same paths). Nothing is scraped from web pages and nothing is edited by hand: the curated parts of the site
          are the attribution registry and the event lists, both reviewed as code.
        </p>
        {SOURCE_FACTS.map((s, i) => (
          <div key={s.url} id={s.board ? sourceSectionId(s.board) : "source-prices"} className="scroll-mt-4 space-y-1">
            <h3 className="font-semibold">{s.board ? boardInfo(s.board).name : "Arena prices"}</h3>
            <p>
              <a className={link} href={s.url}>
                {s.name}
              </a>
              , published by {s.publisher}.
            </p>
            {s.method && (
              <p>
                <ProseParts parts={s.method} />
              </p>
            )}
            <SiblingBoards of={s} />
            {/* #licences, an anchor links may name, is the first source's licence line. */}
            <p id={i === 0 ? SECTION_IDS.licences : undefined}>
              <strong>Licence:</strong> {s.licence}{" "}
              {s.licenceUrl && (
                <a className={link} href={s.licenceUrl}>
                  Licence text
                </a>
              )}
            </p>
          </div>
        ))}
        <p>
          A new install starts from a shipped bundle of every board&apos;s history (built from the same datasets), then
          pulls whatever is newer on a schedule. The{" "}
          <a className={link} href="/status">
            data status page
          </a>{" "}
          shows each board&apos;s newest date, the last check of upstream and any error.
        </p>
      </Section>

      <StyleControl />

      <Section id={SECTION_IDS.ranks} title="What a rank means">
        <p>
          <strong>Our rank</strong> (the default, <code>rank=score</code>) is the competition rank by score, highest
          first (&ldquo;1224&rdquo;: tied scores share a rank and the next rank skips), within the population that
          counts: every row of the snapshot, or on the Open LLM Leaderboard only the official rows when &ldquo;official
          providers&rdquo; is on. It is the same rule on every date, so a chart moves only when the models do. The
          licence and attribution filters never renumber it.
        </p>
        <p>
          <strong>The arena&apos;s published rank</strong> (<code>rank=published</code>) changes its rule over the
          history: an ordinal rank by score on most dates up to 2025-02-05, but an upper bound from the confidence
          intervals from 2025-02-06 on and on 36 dates in mid-2024, so many models share a rank and &ldquo;models in the
          top 5&rdquo; can exceed five. Tables show it beside ours; charts use it only when asked. On the Open LLM
          Leaderboard the two agree: its published rank is already a competition rank by average score.
        </p>
      </Section>

      <Section id={SECTION_IDS.metrics} title="Metrics">
        <p>
          For a country key <em>c</em>, a board and a snapshot date, counting only the entries the filters let through:
        </p>
        <dl>
          <Term id={metricSectionId("best-rank")} name="Best rank">
            The lowest (best) rank among <em>c</em>&apos;s entries; empty when <em>c</em> has none.
          </Term>
          <Term id={metricSectionId("best-score")} name="Best score">
            The highest score among <em>c</em>&apos;s entries (arena rating, or HF average).
          </Term>
          <Term id={metricSectionId("top-n-count")} name="Models in the top N">
            The number of <em>c</em>&apos;s entries ranked N or better.
          </Term>
          <Term id={metricSectionId("top-n-share")} name="Share of the top N">
            Models in the top N divided by the number of all entries (every country, unknown included) ranked N or
            better. With ties at the cut-off the denominator can exceed N.
          </Term>
          <Term id={metricSectionId("model-count")} name="Models on the board">
            The number of <em>c</em>&apos;s entries in the snapshot.
          </Term>
          <Term id={SECTION_IDS.gap} name="Gap (a, b)">
            Absolute: best score of <em>a</em> − best score of <em>b</em>. Relative: the absolute gap ÷ best score of{" "}
            <em>b</em> × 100. On the arena, where both leaders have a 95% interval, the gap carries the interval{" "}
            <code>[a.low − b.high, a.high − b.low]</code> and is called significant only when it excludes 0 (a
            conservative rule: overlapping intervals are read as a tie).
          </Term>
          <Term id={SECTION_IDS.lag} name="Lag (a, b)">
            The days since <em>a</em> first reached, on that board, the best score <em>b</em> holds on the date. A lag
            that spans a change of scoring method (see caveats) is flagged, since scores on either side do not compare.
          </Term>
          <Term id={SECTION_IDS.scoreboard} name="The scoreboard">
            <a className={link} href="/scoreboard">
              /scoreboard
            </a>{" "}
            puts every board side by side for a pair of country keys (the United States and China by default, Europe
            beside them): on each board&apos;s newest snapshot, which key holds the best model, the gap and its
            significance as above, the lag told from the leading side (in months of 30.44 days), each key&apos;s best
            score rank, and the gap on every date as a small trend. Rows count developer attribution, every licence and
            the score rank, official providers only where a board flags them (as the dashboard does); a retired
            board&apos;s row is its last snapshot. Scores are on each board&apos;s own scale, so gaps compare within a
            row, not across rows.
          </Term>
        </dl>
      </Section>

      <Section id={SECTION_IDS.attribution} title="Attribution: which country a model counts for">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Headquarters at release.</strong> A model counts for the country where its developer was
            headquartered when the model was released; for a collaboration, the lead organisation&apos;s. The registry
            of developers (names, spellings, Hugging Face namespaces, country) is reviewed code, and every model records
            the rule that placed it.
          </li>
          <li>
            <strong>Groups.</strong> <code>europe</code> is the EU-27 plus GB, CH, NO, IS and LI. <code>other</code> is
            every attributed country outside the US, China and Europe. Any ISO country code can also be chosen on its
            own.
          </li>
          <li>
            <strong>Developer or base model.</strong> By default a model counts for its developer. In <em>base</em> mode
            it counts for the developer of the model it descends from: on the arena through a curated map of known
            fine-tunes, on the Open LLM Leaderboard by following &ldquo;Base Model&rdquo; to its root. That column often
            stops early: a fine-tune or merge that names itself, a base listed as removed, a parent outside the data.
            The root&apos;s base is then, in this order: a base model family named in the root&apos;s repo name (Llama,
            Qwen, Mistral, Gemma…, and the shorthands L3 and MN; never a fine-tune&apos;s own name such as Tulu or
            Hermes, so <code>allenai/Llama-3.1-Tulu-3-70B</code> counts for Meta, as on the arena); a family named
            elsewhere in its lineage; its architecture, where only one developer&apos;s family uses it (Qwen2, Gemma,
            Phi…; never the Llama or Mistral classes many labs train from scratch, and never for a model declared
            pretrained from scratch); and only then the fine-tuner itself. Each model&apos;s page says which step placed
            it.
          </li>
          <li>
            <strong>A merge of several bases</strong> counts whole, never split, for the one base that order finds
            first. Merged weights share one architecture, and the families a model starts from (Llama, Mistral, Qwen)
            are read before the families distilled into them (DeepSeek) or built on them (Nemotron): a merge of
            DeepSeek-R1 distills of Qwen counts for Alibaba.
          </li>
          <li>
            <strong>Re-uploads.</strong> Quantisations and conversions (TheBloke, bartowski, unsloth…) count for whoever
            made the model they copy, read from the repo name. MLX conversions (mlx-community) count only when the name
            says whose model it is; a third party&apos;s rework of a Qwen or Llama model stays unknown rather than
            credited to Alibaba or Meta.
          </li>
          <li>
            <strong>Unknown.</strong> A model whose developer no registry rule places stays <code>unknown</code>. That
            includes individuals who publish merges and fine-tunes: their country is not public, and we never guess it.
            Unknown entries still count in the denominators (share of the top N), so no country is flattered by leaving
            them out. The{" "}
            <a className={link} href="/status">
              status page
            </a>{" "}
            lists the unattributed developers.
          </li>
        </ul>
        <div id={SECTION_IDS.countrySources} className="scroll-mt-4 space-y-2">
          <h3 className="font-semibold">Evidence for every country</h3>
          <p>
            Each of the registry&apos;s {ORGANIZATIONS.length} organizations names the public page that states where it
            is based, and no organization can be added without one: its own site (about, imprint or contact page), a
            regulatory filing, or its Wikipedia article; for a research project with no headquarters of its own, the
            affiliations on the paper that introduced its models; for an individual developer, their own public profile.
            The organization&apos;s page shows it under &ldquo;Why this country&rdquo;, and the API returns it with the
            organization.
          </p>
          <p>
            Each source carries the date the entry was last <strong>reviewed</strong>: checked by a person against what
            the page is known to say. It is not the date the link was fetched. The registry is curated on machines
            without network access, so the links were not re-fetched when they were reviewed, and pages move;{" "}
            <code>npm run attribution:sources -- --check</code> requests every link from a machine with network and
            reports those that no longer answer (it confirms that a page answers, not what it says).
          </p>
        </div>
        <div id={SECTION_IDS.contested} className="scroll-mt-4 space-y-2">
          <h3 className="font-semibold">Contested cases</h3>
          <p>
            Where a country could reasonably be argued otherwise, the registry says so and names the rule that settled
            it. The list below is generated from the registry, the same data the organization pages show.
          </p>
          <ContestedCases />
        </div>
      </Section>

      <Section id={SECTION_IDS.concentration} title="When one account carries a country">
        <ConcentrationRule />
      </Section>

      <Section id={SECTION_IDS.lenses} title="Prompt categories and lenses">
        <dl>
          <Term id="lens-categories" name="Prompt categories">
            The arena also publishes each date&apos;s board counting only one kind of prompt (Chinese, English, coding,
            hard prompts and more; from 6 February 2025 on). They are part of the same snapshot; ranks are counted
            within the category by the same rule as overall. Names are kept as upstream spells them, so a new category
            appears under its raw name until it has a label.
          </Term>
          <Term id="lens-language" name="Home advantage (language lens)">
            A country&apos;s best rank on the first kind of prompt minus its best rank on the second (default Chinese
            against English). Below zero, the country ranks better on the first.
          </Term>
          <Term id="lens-price" name="Blended price and frontier (price lens)">
            The price of a million tokens at 3 input tokens to 1 output token: (3 × input + output) ÷ 4, in US dollars,
            from LMArena&apos;s catalog price table, joined to the arena by model key. The table keeps one price per
            model, and its history is the file&apos;s commits: every version is stored, dated by its commit (the UTC
            day; the day&apos;s last commit when there are several), and each date uses the newest version on or before
            it, so a model costs what the catalog listed then. Dates before the first version (29 January 2025) have no
            price and show as no data, never with a later price. Where the history cannot be read and no version is
            stored, the current table is read instead and applied to every date, and the view says so. A country&apos;s
            frontier is its models that no cheaper (or equally priced) model of the same country beats on score.
            &ldquo;Cheapest within X points&rdquo; is the cheapest priced model of a country whose score is within X of
            the board&apos;s best score on that date, priced or not.
          </Term>
          <Term id="lens-efficiency" name="Parameter classes and CO₂ (efficiency lens)">
            Open LLM Leaderboard only: sizes as the board reports them, in classes under 3B, 3–10B, 10–35B, 35–80B and
            over 80B (lower bound included). Before December 2024 sizes are rounded to whole billions. Score per kg of
            CO₂ divides the board&apos;s average score by the CO₂ cost it reports for the evaluation, where it does
            (December 2024 on).
          </Term>
        </dl>
      </Section>

      <Section id={SECTION_IDS.caveats} title="Known caveats">
        <ul className="list-disc space-y-1 pl-5">
          {SOURCE_FACTS.map(
            (s) =>
              s.caveat && (
                <li key={s.url}>
                  <ProseParts parts={s.caveat} />
                </li>
              ),
          )}
          <li>
            <strong>The arena changed its method several times.</strong> This history holds online-Elo ratings before
            2024-03, Bradley-Terry ratings after; style control (ratings that discount length and formatting) was added
            in August 2024 and our overall ratings stay the plain ones; and in late 2025 the whole rating scale shifted
            upward. Scores across these dates do not compare; ranks are unaffected by the scale. Each change is marked
            on the charts:
          </li>
        </ul>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Known changes of method</caption>
          <thead>
            <tr className="border-b border-[var(--border)]">
              <th className="py-1 pr-3">Date</th>
              <th className="py-1 pr-3">Change</th>
              <th className="py-1">Source</th>
            </tr>
          </thead>
          <tbody>
            {METHOD_CHANGES.map((c) => (
              <tr key={c.id} id={`method-${c.id}`} className="border-b border-[var(--border)] align-top">
                <td className="py-1 pr-3 tabular-nums">{c.date}</td>
                <td className="py-1 pr-3">
                  <strong>{c.label}.</strong> {c.description}
                </td>
                <td className="py-1">
                  <a className={link} href={c.source}>
                    source
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <DataCaveatsTable />
        <ul className="list-disc space-y-1 pl-5" id="deprecated-models">
          <li>
            <strong>The arena&apos;s rows include models the website hides as deprecated.</strong> From 2025-02-21 on,
            28 to 35 more models a date than the site showed, so a rank here runs a few places worse than the
            site&apos;s (for the models the site showed in its top 20, by a median of 2.5 to 10 places a date, 13 at
            most). Best scores and gaps are unaffected unless a country&apos;s best model was hidden.{" "}
            <a className={link} href={`#${SECTION_IDS.reconciliation}`}>
              How this was measured
            </a>
            .
          </li>
        </ul>
        <ul className="list-disc space-y-1 pl-5" id="data-breaks">
          <li>
            <strong>Gaps in the history are drawn as gaps.</strong> When two consecutive snapshots are more than{" "}
            {BREAK_DAYS} days apart, and more than {BREAK_CADENCE} times the series&apos; usual interval apart, a chart
            stops its lines there and shades the stretch as &ldquo;no data&rdquo; instead of joining the two dates with
            a straight line. On the arena that is the 165 days from 24 May to 5 Nov 2025; its 37-day interval of late
            2023 was its ordinary monthly cadence then. The cadence rule keeps a board that publishes monthly drawn as a
            line.
          </li>
        </ul>
      </Section>

      <Section id={SECTION_IDS.reconciliation} title="Why figures differ from lmarena.ai and the AI Index">
        {(Object.entries(RECONCILIATION) as [string, Reconciliation][]).map(([board, r]) => (
          <div key={board} className="space-y-2" data-testid={`reconciliation-${board}`}>
            <p>
              The {boardInfo(board).name} figures here can differ from {r.against}, for these reasons:
            </p>
            <ul className="list-disc space-y-1 pl-5">
              {r.reasons.map((reason) => (
                <li key={reason.short}>
                  <strong>{reason.short[0].toUpperCase() + reason.short.slice(1)}.</strong> {reason.text}
                </li>
              ))}
            </ul>
            <p>Worked example, the US–China gap in best score:</p>
            <ul className="list-disc space-y-1 pl-5">
              {r.examples.map((e) => (
                <li key={e.quoted}>
                  {e.quoted} {e.here}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Section>

      <Section id={SECTION_IDS.events} title="Event markers on the charts">
        <p>
          Time charts mark three kinds of dates, each with a tooltip and a row in the chart&apos;s data table: a
          board&apos;s retirement, the changes of method above, and a short curated list of notable releases (the models
          in the news coverage of China&apos;s &ldquo;Hundred Model War&rdquo; and their US and European peers), each
          with a source. Add <code>events=0</code> to a view&apos;s address to hide them.
        </p>
      </Section>

      <Section id={SECTION_IDS.milestones} title="Country milestones">
        <p>
          Milestones are found in the data, never curated: a country key&apos;s first model in a board&apos;s top 1, 5
          or 10; a change of lead in best score between any two of the US, China and Europe; and a new best-ever rank
          for a country. They read the default view: our score rank, developer attribution, every licence, and on the
          Open LLM Leaderboard the official rows. A country key is an ISO country or its group (a French model counts
          for France and for Europe); unattributed models make none. A board&apos;s first snapshot is the baseline, so
          nothing happens on it.
        </p>
        <p>
          Each milestone carries what a reader needs to judge it: the number of models ranked that day; the model it
          beat (the best-placed model outside the top N, or below the new best rank; for a lead change, the other
          key&apos;s best model) and by how many points; whether the two 95% intervals overlap, in which case it is
          labelled a tie, never a &ldquo;first&rdquo; or an overtaking; how long it held, up to the next snapshot on
          which it no longer did; and, for a fine-tune, the developer and country of its base model. Example:
          openchat-3.5 was #5 of 35 on 2023-11-08, 0.03 points ahead of #6, with no interval published that day, for 8
          days, and is a fine-tune of Mistral AI&apos;s (France) base model. Lead changes between one pair that flip
          back within 30 days are shown as one &ldquo;contested&rdquo; period (from its first change to the last, with
          their number), not as a headline per flip. They are listed on country pages, served at{" "}
          <a className={link} href="/api/v1/events">
            /api/v1/events
          </a>{" "}
          and published as an{" "}
          <a className={link} href="/feed.xml">
            Atom feed
          </a>
          .
        </p>
      </Section>

      <Section id={SECTION_IDS.cite} title="How to cite">
        <p>Cite the view you used (its address holds every setting) and the data&apos;s publishers:</p>
        <pre className="whitespace-pre-wrap rounded border border-[var(--border)] bg-[var(--card)] p-3 text-xs">
          {`Leaderboard Atlas, <view address>, accessed <date>. Data: LMArena leaderboard dataset (CC BY 4.0); Open LLM Leaderboard v2 contents (Hugging Face).`}
        </pre>
        <p>For the boards themselves:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{CITATION.arena}</li>
          <li>{CITATION.hf}</li>
        </ul>
      </Section>
    </article>
  );
}
