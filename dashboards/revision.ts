/**
 * Revision of the dashboards as code. Bump it with any change to a dashboard so that `npm run promote` can move the
 * change from one stack to the next on purpose, and a stack cannot run dashboards it has not been promoted to.
 */
export const DASHBOARDS_REVISION = 1;
