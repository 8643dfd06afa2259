-- A hand-logged entry marked sensitive: its body is stored encrypted (sealed `v1:<keyId>:…`, bound to activity.body).
ALTER TABLE "activity" ADD COLUMN "sensitive" BOOLEAN NOT NULL DEFAULT false;
