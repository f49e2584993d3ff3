// An import counts up the version of every person it updates, so that an editor who read the
// older version is told rather than overwriting the import (the editing services count up
// themselves and do not run this). People the import creates start at version 0.
// Parameters: $ids (list of person ids)
// Returns: nothing
MATCH (p:Person)
  WHERE p.id IN $ids
SET p.version = coalesce(p.version, 0) + 1
