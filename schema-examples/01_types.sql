-- Shared types of the example application: a small project tracker.

CREATE TYPE membership_role AS ENUM ('owner', 'admin', 'member', 'viewer');

CREATE TYPE task_status AS ENUM ('todo', 'in_progress', 'blocked', 'done');

CREATE TYPE task_priority AS ENUM ('low', 'normal', 'high', 'urgent');
