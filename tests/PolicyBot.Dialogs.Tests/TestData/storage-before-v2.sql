-- A bot.db as PolicyBot wrote it before the one storage layer: the escalation tables (times in Unix ms) and the
-- feature tables each store created lazily, with their times as text in the three formats they used.
CREATE TABLE escalations (
  id INTEGER PRIMARY KEY AUTOINCREMENT, source_key TEXT NOT NULL UNIQUE, route TEXT NOT NULL, destination TEXT NOT NULL,
  question TEXT NOT NULL, context TEXT NOT NULL, requester_id TEXT NOT NULL, requester_name TEXT NOT NULL,
  confidential BIGINT NOT NULL, status TEXT NOT NULL, assignee TEXT NULL, answer TEXT NULL, created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL, version BIGINT NOT NULL, ticket_activity_id TEXT NULL, reminded_at BIGINT NULL);
CREATE TABLE escalation_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, escalation_id BIGINT NOT NULL REFERENCES escalations (id), at BIGINT NOT NULL,
  actor TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NULL);
CREATE TABLE conversation_references (reference_key TEXT PRIMARY KEY, reference TEXT NOT NULL);
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, payload TEXT NOT NULL, created_at BIGINT NOT NULL,
  due_at BIGINT NOT NULL, attempts BIGINT NOT NULL, locked_until BIGINT NULL, delivered_at BIGINT NULL,
  failed_at BIGINT NULL, last_error TEXT NULL);
INSERT INTO escalations (source_key, route, destination, question, context, requester_id, requester_name, confidential, status, created_at, updated_at, version)
  VALUES ('conv|old', 'communications-team', 'channel:communications', 'Can I talk to a reporter?', '', '29:1staff', 'Sam Staff', 0, 'Unassigned', 1795597200000, 1795597200000, 1);

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT, question TEXT NOT NULL, helpful INTEGER NOT NULL, answered INTEGER NOT NULL,
  conversation_type TEXT NOT NULL, at TEXT NOT NULL);
INSERT INTO feedback (question, helpful, answered, conversation_type, at) VALUES ('can i post about work?', 0, 1, 'personal', '2026-11-25T09:30:00.0000000+00:00');

CREATE TABLE asked_questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT, question TEXT NOT NULL, answered INTEGER NOT NULL, section TEXT NULL,
  conversation_type TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX asked_questions_at ON asked_questions (at);
INSERT INTO asked_questions (question, answered, section, conversation_type, at) VALUES ('how is overtime paid', 0, NULL, 'channel', '2026-11-24T21:15:30.1234567+00:00');

CREATE TABLE post_checks (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, state TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO post_checks VALUES ('0123456789abcdef0123456789abcdef', '29:mere',
  '{"id":"0123456789abcdef0123456789abcdef","ownerId":"29:mere","ownerName":"Mere Tane","shared":false,"draft":"Long shift today","signals":[],"settled":{},"answers":[],"updatedAt":"2026-11-25T08:00:00+00:00"}',
  '2026-11-25T08:00:00.0000000Z');

CREATE TABLE shares (
  id TEXT PRIMARY KEY, policy_id TEXT NOT NULL, topic_id TEXT NOT NULL, hash TEXT NOT NULL, sharer_id TEXT NOT NULL,
  sharer_name TEXT NOT NULL, team_id TEXT NOT NULL, channel_id TEXT NOT NULL, shared_at TEXT NOT NULL);
CREATE TABLE acknowledgements (
  share_id TEXT NOT NULL REFERENCES shares (id), user_id TEXT NOT NULL, user_name TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (share_id, user_id));
INSERT INTO shares VALUES ('s1', 'social-media-policy', 'at-a-glance', 'abc', '29:3manager', 'Alex Manager', '19:team', '19:general', '2026-11-25T09:00:00.0000000+00:00');
INSERT INTO acknowledgements VALUES ('s1', '29:1staff', 'Sam Staff', '2026-11-25T09:01:00.0000000+00:00');
