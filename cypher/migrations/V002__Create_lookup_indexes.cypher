// Indexes the analyses and the portfolio scan look things up by.
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind);
CREATE INDEX opportunity_claimed_stage IF NOT EXISTS FOR (o:Opportunity) ON (o.claimedStage);
CREATE INDEX engaged_day IF NOT EXISTS FOR ()-[r:ENGAGED]-() ON (r.day);
