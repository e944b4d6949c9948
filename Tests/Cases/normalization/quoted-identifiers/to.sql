CREATE TABLE "User Accounts" (
    "ID" bigint PRIMARY KEY,
    "order" integer,
    "Full Name" text NOT NULL DEFAULT '',
    "user" text,
    CONSTRAINT "Positive Order" CHECK ("order" > 0)
);
CREATE INDEX "By Name" ON "User Accounts" ("Full Name");
