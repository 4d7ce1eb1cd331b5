import type { Platform } from '@/lib/schema/contracts';
import {
  daysBetween,
  timelineGeometry,
  type ClauseWindow,
  type CompetitorSponsorship,
  type CreatorCardData,
  type ProfileState,
} from '@/lib/popup/profile';
import { LEVEL_TEXT } from './FindingItem';

export type { ProfileState };

export const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' };

const PHASE_TEXT: Record<ClauseWindow['phase'], string> = {
  upcoming: 'Upcoming',
  pre: 'Active (pre-days, before the contract starts)',
  contract: 'Active (contract running)',
  post: 'Active (post-days, after the contract ended)',
};

export function CreatorCard({ profile, sponsorships }: { profile: ProfileState; sponsorships: CompetitorSponsorship[] }) {
  if (profile.status === 'loading') return <p aria-busy="true">Looking up @{profile.handle}…</p>;
  if (profile.status === 'unknown') {
    return (
      <section aria-label="Creator" className="card">
        <p data-testid="creator-unknown">
          @{profile.handle} is not one of your creators on {PLATFORM_NAMES[profile.platform]}: there are no contracts to check this
          profile against.
        </p>
      </section>
    );
  }
  const { card } = profile;
  return (
    <section aria-labelledby="creator-card-name" className="card" data-testid="creator-card">
      <h2 id="creator-card-name" className="card__name">
        {card.creator.name}
      </h2>
      <p className="hint">
        @{profile.handle} on {PLATFORM_NAMES[profile.platform]} · today {card.today}
      </p>
      <h3>Exclusivities</h3>
      {card.windows.length === 0 ? (
        <p>No active or upcoming exclusivity.</p>
      ) : (
        <ol className="timeline" aria-label="Exclusivity timeline">
          {card.windows.map((w) => (
            <TimelineRow key={`${w.contractId}-${w.clauseIndex}`} window={w} card={card} />
          ))}
        </ol>
      )}
      {card.freeFrom.length > 0 && (
        <ul className="free-from" aria-label="Free from">
          {card.freeFrom.map((f) => (
            <li key={f.category ?? '*'}>
              Free for <strong>{f.category ?? 'any other brand'}</strong> from <time dateTime={f.date}>{f.date}</time> ({f.contractIds.join(', ')})
            </li>
          ))}
        </ul>
      )}
      <h3>Competitor sponsorships on this page</h3>
      {sponsorships.length === 0 ? (
        <p className="hint">None found among the posts scanned so far.</p>
      ) : (
        <ol className="sponsorships" aria-label="Competitor sponsorships, newest first">
          {sponsorships.map((s, i) => (
            <li key={`${s.key}-${s.contractId}-${s.clause}-${i}`}>
              <span className={`level level--${s.level}`}>{LEVEL_TEXT[s.level]}</span>{' '}
              <strong>{s.brand}</strong> · {s.publishedAt ? <time dateTime={s.publishedAt}>{s.publishedAt.slice(0, 10)}</time> : 'date unknown'} ·
              contract {s.contractId}, clause {s.clause}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineRow({ window: w, card }: { window: ClauseWindow; card: CreatorCardData }) {
  const g = timelineGeometry(w, card.range, card.today);
  const platforms = w.platforms.length === 0 ? 'every platform' : w.platforms.map((p) => PLATFORM_NAMES[p]).join(', ');
  const coverage = w.coverage === 'any' ? 'any mention counts' : 'sponsored posts only';
  const until =
    w.phase === 'upcoming'
      ? `starts in ${daysBetween(card.today, w.lockedFrom)} days`
      : `locked ${daysBetween(card.today, w.lockedTo)} more days, until ${w.lockedTo}`;
  return (
    <li className={`timeline__row timeline__row--${w.phase}`}>
      <p className="timeline__head">
        <strong>{w.brandName}</strong> · {w.scope}
      </p>
      <p className="timeline__meta">
        {platforms} · {coverage} · contract {w.contractId}, clause {w.clauseIndex + 1}
      </p>
      <p className="timeline__status">
        {PHASE_TEXT[w.phase]}: {until}
      </p>
      <p className="timeline__dates">
        {w.preDays > 0 && <>{w.preDays} days before from {w.lockedFrom}, </>}
        contract {w.start} to {w.end}
        {w.postDays > 0 && <>, {w.postDays} days after until {w.lockedTo}</>}
      </p>
      {/* The drawing repeats the dates above for sighted users; pre/post-days differ by pattern, not only colour. */}
      <div className="bar" aria-hidden="true">
        {g.pre.width > 0 && <span className="bar__seg bar__seg--pre" style={{ left: `${g.pre.left}%`, width: `${g.pre.width}%` }} />}
        <span className="bar__seg bar__seg--contract" style={{ left: `${g.contract.left}%`, width: `${g.contract.width}%` }} />
        {g.post.width > 0 && <span className="bar__seg bar__seg--post" style={{ left: `${g.post.left}%`, width: `${g.post.width}%` }} />}
        <span className="bar__today" style={{ left: `${g.today}%` }} title="today" />
      </div>
    </li>
  );
}
