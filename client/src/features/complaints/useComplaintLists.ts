import { ref } from 'vue';
import { request } from '../../api/client';
import type { ComplaintListsQuery as ListsResult } from '../../api/generated/graphql';
import { ComplaintListsQuery } from './complaint.operations';

/** The categories and resolution policies managers keep, read once per dialog. */
export function useComplaintLists() {
  const categories = ref<ListsResult['complaintCategories']>([]);
  const policies = ref<ListsResult['resolutionPolicies']>([]);
  void request(ComplaintListsQuery, {}).then((data) => {
    categories.value = data.complaintCategories;
    policies.value = data.resolutionPolicies;
  });
  return { categories, policies };
}
