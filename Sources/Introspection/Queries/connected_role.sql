-- The role introspection runs as: default privileges the schema files declare without FOR ROLE are its.
SELECT current_user AS name
