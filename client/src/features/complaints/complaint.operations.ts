import { graphql } from '../../api/generated/gql';

/** A complaint as its card shows it: the fields `board:event` messages of the complaints board carry. */
export const ComplaintCardFields = graphql(`
  fragment ComplaintCardFields on Complaint {
    id
    status
    position
    channel
    priority
    category {
      id
      name
    }
    description
    client {
      id
      name
    }
    lead {
      id
      name
    }
    ownerId
    owner {
      id
      name
    }
    officeId
    receivedAt
    slaDueDate
    workingDaysLeft
    breached
    warning
    paused
    extended
    version
  }
`);

export const ComplaintBoardQuery = graphql(`
  query ComplaintBoard($filter: ComplaintFilter, $perColumn: Int) {
    complaintBoard(filter: $filter, perColumn: $perColumn) {
      columns {
        status
        count
        breached
        wipLimit
        hardLimit
        hasMore
        endCursor
        cards {
          ...ComplaintCardFields
        }
      }
    }
  }
`);

export const ComplaintColumnQuery = graphql(`
  query ComplaintColumn($status: ComplaintStatus!, $filter: ComplaintFilter, $after: String, $first: Int) {
    complaintColumn(status: $status, filter: $filter, after: $after, first: $first) {
      hasMore
      endCursor
      cards {
        ...ComplaintCardFields
      }
    }
  }
`);

export const MoveComplaintMutation = graphql(`
  mutation MoveComplaint($input: MoveComplaintInput!) {
    moveComplaint(input: $input) {
      ...ComplaintCardFields
    }
  }
`);

export const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintCardFields
      completeOn
      workingDaysUsed
      workingDaysAllowed
      extendedOn
      extensionReason
      extensionDays
      extensionToldVia
      extensionToldOn
      resolution
      policy {
        id
        name
      }
      outcome
      answerChannel
      answeredOn
      resolvedOn
      reopenUntil
      loanId
      product {
        id
        name
      }
      timeline {
        id
        kind
        status
        note
        actor {
          id
          name
        }
        at
      }
    }
  }
`);

export const ClientComplaintsQuery = graphql(`
  query ClientComplaints($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ComplaintCardFields
        resolvedOn
      }
    }
  }
`);

export const ComplaintListsQuery = graphql(`
  query ComplaintLists {
    complaintCategories {
      id
      name
    }
    resolutionPolicies {
      id
      name
      description
    }
  }
`);

export const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      ...ComplaintCardFields
    }
  }
`);

export const ExtendComplaintMutation = graphql(`
  mutation ExtendComplaint($id: ID!, $reason: String!, $toldVia: ComplaintChannel!, $toldOn: LocalDate!) {
    extendComplaint(id: $id, reason: $reason, toldVia: $toldVia, toldOn: $toldOn) {
      ...ComplaintCardFields
    }
  }
`);

export const ReopenComplaintMutation = graphql(`
  mutation ReopenComplaint($id: ID!, $reason: String!) {
    reopenComplaint(id: $id, reason: $reason) {
      ...ComplaintCardFields
    }
  }
`);

export const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaint($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      ...ComplaintCardFields
    }
  }
`);

export const ComplaintReportQuery = graphql(`
  query ComplaintReport($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
    complaintReport(from: $from, to: $to, officeId: $officeId) {
      total
      resolved
      resolvedOnTime
      openBreached
      slaCompliancePercent
      medianResolutionDays
      p90ResolutionDays
      byCategory {
        key
        count
      }
      byChannel {
        key
        count
      }
      byProduct {
        key
        count
      }
      byStatus {
        key
        count
      }
    }
  }
`);

export const WorkCalendarQuery = graphql(`
  query WorkCalendar($year: Int!, $officeId: ID) {
    workCalendar(year: $year, officeId: $officeId) {
      year
      officeId
      region
      workingDays
      editable
      holidays {
        date
        name
        kind
        region
      }
    }
  }
`);

export const SetHolidayMutation = graphql(`
  mutation SetHoliday($input: SetHolidayInput!) {
    setHoliday(input: $input) {
      region
    }
  }
`);

export const RemoveHolidayMutation = graphql(`
  mutation RemoveHoliday($input: RemoveHolidayInput!) {
    removeHoliday(input: $input) {
      region
    }
  }
`);

export const ComplaintReportCsvUrlQuery = graphql(`
  query ComplaintReportCsvUrl($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
    complaintReportCsvUrl(from: $from, to: $to, officeId: $officeId)
  }
`);

export const ReassignComplaintMutation = graphql(`
  mutation ReassignComplaint($id: ID!, $ownerId: ID!) {
    reassignComplaint(id: $id, ownerId: $ownerId) {
      ...ComplaintCardFields
    }
  }
`);

export const ComplaintCategoryFields = graphql(`
  fragment ComplaintCategoryFields on ComplaintCategory {
    id
    name
    active
    slaWorkingDays
    slaExtensionDays
    slaWarningDays
    version
  }
`);

export const ComplaintSettingsQuery = graphql(`
  query ComplaintSettings {
    complaintCategories(includeRetired: true) {
      ...ComplaintCategoryFields
    }
    resolutionPolicies(includeRetired: true) {
      id
      name
      description
      active
      version
    }
    complaintSlaDefaults {
      workingDays
      extensionDays
      warningDays
      reopenDays
    }
    boardColumnSettings(board: "complaints") {
      columnKey
      wipLimit
      hardLimit
    }
  }
`);

export const SaveComplaintCategoryMutation = graphql(`
  mutation SaveComplaintCategory($input: ComplaintCatalogInput!) {
    saveComplaintCategory(input: $input) {
      ...ComplaintCategoryFields
    }
  }
`);

export const SaveResolutionPolicyMutation = graphql(`
  mutation SaveResolutionPolicy($input: ComplaintCatalogInput!) {
    saveResolutionPolicy(input: $input) {
      id
      name
      description
      active
      version
    }
  }
`);

export const UpdateComplaintWipLimitMutation = graphql(`
  mutation UpdateComplaintWipLimit($columnKey: String!, $wipLimit: Int) {
    updateBoardColumnSetting(board: "complaints", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: false) {
      columnKey
      wipLimit
      hardLimit
    }
  }
`);
