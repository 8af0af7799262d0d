import { graphql } from '../../api/generated';

export const CollectionSheetQuery = graphql(`
  query CollectionSheet($officerId: ID, $date: LocalDate) {
    collectionSheet(officerId: $officerId, date: $date) {
      date
      timeZone
      officeName
      officer {
        id
        name
      }
      totalDue
      pdfUrl
      rows {
        loanId
        clientId
        clientName
        phone
        amountDue
        dueOnDate
        daysPastDue
        collectibility
        oldestDueDate
        nextDueDate
        lastPromise {
          promisedDate
          amount
          status
        }
        contactLinks {
          tel
          whatsapp
          sms
          whatsappUnavailable
        }
      }
    }
  }
`);

export const PostSheetRepaymentMutation = graphql(`
  mutation PostSheetRepayment($input: PostRepaymentInput!) {
    postRepayment(input: $input) {
      id
      arrears
      daysPastDue
    }
  }
`);
