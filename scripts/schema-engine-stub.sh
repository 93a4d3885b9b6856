#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded offline. `prisma generate` never runs it.
echo "schema engine is not available offline: use npm run db:migrate / db:generate-migration" >&2
exit 1
