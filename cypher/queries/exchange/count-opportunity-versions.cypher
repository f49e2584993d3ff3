// An import counts up the version of every opportunity it updates, so that an editor who read
// the older version is told rather than overwriting the import (the editing services count up
// themselves and do not run this). Opportunities the import creates start at version 0.
// Parameters: $ids (list of opportunity ids)
// Returns: nothing
MATCH (o:Opportunity)
  WHERE o.id IN $ids
SET o.version = coalesce(o.version, 0) + 1
