// The identities of the powermap/v1 exchange format (DOMAIN.md section 2).
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT opportunity_id IF NOT EXISTS FOR (o:Opportunity) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT involvement_identity IF NOT EXISTS FOR (i:Involvement) REQUIRE (i.opportunity, i.person) IS UNIQUE;
CREATE CONSTRAINT assessment_identity IF NOT EXISTS FOR (a:Assessment) REQUIRE (a.opportunity, a.person, a.at) IS UNIQUE;
