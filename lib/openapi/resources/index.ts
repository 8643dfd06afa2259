// Every resource the REST API serves, in the order the documentation lists them.
import { activityResource } from "@/lib/openapi/resources/activity";
import { assetLinksResource } from "@/lib/openapi/resources/asset-links";
import { assetsResource } from "@/lib/openapi/resources/assets";
import { contactsResource } from "@/lib/openapi/resources/contacts";
import { customerBulkResource } from "@/lib/openapi/resources/customer-bulk";
import { customerMergeResource } from "@/lib/openapi/resources/customer-merge";
import { customerSharesResource } from "@/lib/openapi/resources/customer-shares";
import { eventsResource } from "@/lib/openapi/resources/events";
import { duplicatesResource } from "@/lib/openapi/resources/duplicates";
import { customerExportResource } from "@/lib/openapi/resources/customer-export";
import { customersResource } from "@/lib/openapi/resources/customers";
import { importsResource } from "@/lib/openapi/resources/imports";
import { metaResource } from "@/lib/openapi/resources/meta";
import { privacyResource } from "@/lib/openapi/resources/privacy";
import { savedViewsResource } from "@/lib/openapi/resources/saved-views";
import { serviceCentersResource } from "@/lib/openapi/resources/service-centers";
import { jobsResource } from "@/lib/openapi/resources/jobs";
import { tiersResource } from "@/lib/openapi/resources/tiers";
import { webhooksResource } from "@/lib/openapi/resources/webhooks";
import { workOrdersResource } from "@/lib/openapi/resources/work-orders";
import type { ResourceSpec } from "@/lib/openapi/registry";

export const apiResources: ResourceSpec[] = [
  customersResource,
  customerExportResource,
  importsResource,
  customerBulkResource,
  customerMergeResource,
  duplicatesResource,
  contactsResource,
  privacyResource,
  customerSharesResource,
  activityResource,
  assetsResource,
  assetLinksResource,
  workOrdersResource,
  serviceCentersResource,
  tiersResource,
  savedViewsResource,
  jobsResource,
  eventsResource,
  webhooksResource,
  metaResource,
];
