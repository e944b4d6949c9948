CREATE TYPE status AS ENUM ('draft', 'live');
