import { graphql } from '../../api/generated/gql';

export const ActivityFields = graphql(`
  fragment ActivityFields on Activity {
    id
    type
    dueAt
    doneAt
    outcome
    notes
    message
    leadId
    clientId
    lead {
      id
      fullName
      companyName
      phone
      officeId
    }
    client {
      id
      name
      phone
      officeId
    }
    reminderInvoice {
      id
      number
    }
  }
`);

export const AgendaQuery = graphql(`
  query Agenda($date: LocalDate) {
    agenda(date: $date) {
      date
      overdue {
        ...ActivityFields
      }
      today {
        ...ActivityFields
      }
      upcoming {
        ...ActivityFields
      }
    }
  }
`);

export const ContactLinksQuery = graphql(`
  query ContactLinks($id: ID!, $template: String) {
    activity(id: $id) {
      id
      contactLinks(template: $template) {
        tel
        whatsapp
        sms
        whatsappUnavailable
        message
      }
    }
  }
`);

export const TemplatesQuery = graphql(`
  query MessageTemplates($first: Int, $after: String) {
    messageTemplates(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        body
      }
    }
  }
`);

export const CompleteActivityMutation = graphql(`
  mutation CompleteActivity($input: CompleteActivityInput!) {
    completeActivity(input: $input) {
      completed {
        id
      }
      next {
        id
      }
    }
  }
`);

export const ScheduleActivityMutation = graphql(`
  mutation ScheduleActivity($input: ScheduleActivityInput!) {
    scheduleActivity(input: $input) {
      id
    }
  }
`);

export const LogActivityMutation = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      id
    }
  }
`);

export const TimelineQuery = graphql(`
  query Timeline($leadId: ID, $clientId: ID, $first: Int, $after: String) {
    timeline(leadId: $leadId, clientId: $clientId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        at
        kind
        code
        summary
        actorName
        latitude
        longitude
        productName
        amount
        tenorMonths
        note
        complaintId
      }
    }
  }
`);

export const StageSlasQuery = graphql(`
  query StageSlas {
    stageSlas {
      stage
      maxIdleDays
    }
  }
`);

export const StaleLeadsQuery = graphql(`
  query StaleLeads($ownerId: ID, $first: Int, $after: String) {
    staleLeads(ownerId: $ownerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        fullName
        companyName
        stage
        daysInStage
        stageEnteredAt
        lastActivityAt
        owner {
          id
          name
        }
      }
    }
  }
`);
