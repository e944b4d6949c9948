CREATE TYPE mood AS ENUM ('angry', 'sad', 'ok', 'happy', 'ecstatic');
